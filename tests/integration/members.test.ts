// Members of a workspace: listing, changing roles and removing, through the real server
// actions with a stubbed session, against the real database. The last owner always stays.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { listMembers } from "@/lib/members/store";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

const { changeMemberRoleAction, removeMemberAction } =
  await import("@/app/(app)/settings/members/actions");

interface Person {
  userId: string;
  workspaceId: string;
  membershipId: string;
  role: Role;
}

async function membershipOf(userId: string, workspaceId: string): Promise<Person> {
  const row = await getDb().membership.findUniqueOrThrow({
    where: { workspaceId_userId: { workspaceId, userId } },
  });
  return { userId, workspaceId, membershipId: row.id, role: row.role as Role };
}

async function newWorkspace(): Promise<Person> {
  const owner = await createWorkspaceWithUser("owner");
  return membershipOf(owner.userId, owner.workspaceId);
}

async function addMember(workspaceId: string, role: Role): Promise<Person> {
  const userId = randomUUID();
  await getDb().user.create({
    data: { id: userId, name: `${role} ${userId.slice(0, 4)}`, email: `${userId}@example.test` },
  });
  await getDb().membership.create({ data: { id: randomUUID(), workspaceId, userId, role } });
  return membershipOf(userId, workspaceId);
}

const roleOf = async (membershipId: string) =>
  (await getDb().membership.findUnique({ where: { id: membershipId } }))?.role ?? null;

const auditOf = (workspaceId: string, action: string) =>
  getDb().auditEvent.findMany({ where: { workspaceId, action }, orderBy: { createdAt: "asc" } });

/** A viewer and then an editor of the workspace, each signed in, is refused `act`. */
async function expectForbiddenToViewersAndEditors(
  workspaceId: string,
  act: () => Promise<unknown>,
): Promise<void> {
  for (const role of ["viewer", "editor"] as const) {
    signInAs(await addMember(workspaceId, role));
    expect(await act()).toMatchObject({ ok: false, code: "FORBIDDEN" });
  }
}

/** An owner signed in to their workspace, and a member (`role`) of another workspace. */
async function ownerFacingStranger(role: Role) {
  const owner = await newWorkspace();
  const stranger = await newWorkspace();
  const target = await addMember(stranger.workspaceId, role);
  signInAs(owner);
  return { stranger, target };
}

beforeEach(() => {
  signOut();
});

describe("member list", () => {
  it("lists name, email, role and join date, scoped to the workspace", async () => {
    const owner = await newWorkspace();
    const editor = await addMember(owner.workspaceId, "editor");
    await newWorkspace();
    const members = await listMembers(owner.workspaceId);
    expect(members.map((m) => [m.userId, m.role])).toEqual([
      [owner.userId, "owner"],
      [editor.userId, "editor"],
    ]);
    expect(members[1]).toMatchObject({
      name: expect.stringMatching(/^editor /),
      email: `${editor.userId}@example.test`,
      joinedAt: expect.any(Date),
    });
  });
});

describe("changeMemberRoleAction", () => {
  it("lets an owner change a role, and audits from and to", async () => {
    const owner = await newWorkspace();
    const viewer = await addMember(owner.workspaceId, "viewer");
    signInAs(owner);
    const result = await changeMemberRoleAction({
      membershipId: viewer.membershipId,
      role: "editor",
    });
    expect(result).toEqual({ ok: true, data: { from: "viewer", to: "editor", changed: true } });
    expect(await roleOf(viewer.membershipId)).toBe("editor");
    const events = await auditOf(owner.workspaceId, "member.role_changed");
    expect(events.map((e) => [e.actorId, e.targetId, e.detail, e.ipAddress])).toEqual([
      [
        owner.userId,
        viewer.userId,
        { memberUserId: viewer.userId, from: "viewer", to: "editor" },
        "127.0.0.1",
      ],
    ]);
  });

  it("makes a second owner, who may then demote the first", async () => {
    const owner = await newWorkspace();
    const editor = await addMember(owner.workspaceId, "editor");
    signInAs(owner);
    expect(
      await changeMemberRoleAction({ membershipId: editor.membershipId, role: "owner" }),
    ).toMatchObject({ ok: true });
    signInAs({ ...editor, role: "owner" });
    expect(
      await changeMemberRoleAction({ membershipId: owner.membershipId, role: "viewer" }),
    ).toMatchObject({ ok: true });
    expect(await roleOf(owner.membershipId)).toBe("viewer");
  });

  it("refuses viewers and editors, changing nothing", async () => {
    const owner = await newWorkspace();
    const target = await addMember(owner.workspaceId, "viewer");
    await expectForbiddenToViewersAndEditors(owner.workspaceId, () =>
      changeMemberRoleAction({ membershipId: target.membershipId, role: "owner" }),
    );
    expect(await roleOf(target.membershipId)).toBe("viewer");
    expect(await auditOf(owner.workspaceId, "member.role_changed")).toEqual([]);
  });

  it("answers another workspace's member exactly like an unknown id", async () => {
    const { stranger, target } = await ownerFacingStranger("viewer");
    const foreign = await changeMemberRoleAction({
      membershipId: target.membershipId,
      role: "owner",
    });
    const unknown = await changeMemberRoleAction({ membershipId: randomUUID(), role: "owner" });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(unknown);
    expect(await roleOf(target.membershipId)).toBe("viewer");
    expect(await auditOf(stranger.workspaceId, "member.role_changed")).toEqual([]);
  });

  it("refuses to demote the last owner, with a clear message", async () => {
    const owner = await newWorkspace();
    signInAs(owner);
    const result = await changeMemberRoleAction({
      membershipId: owner.membershipId,
      role: "editor",
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!result.ok && result.error).toMatch(/last owner/);
    expect(await roleOf(owner.membershipId)).toBe("owner");
    expect(await auditOf(owner.workspaceId, "member.role_changed")).toEqual([]);
  });

  it("never leaves a workspace ownerless when two owners demote each other at once", async () => {
    const first = await newWorkspace();
    const second = await addMember(first.workspaceId, "owner");
    // Both calls see an owner session; the row lock makes the second one see a single owner.
    signInAs(first, "owner");
    const results = await Promise.all([
      changeMemberRoleAction({ membershipId: first.membershipId, role: "editor" }),
      changeMemberRoleAction({ membershipId: second.membershipId, role: "editor" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await getDb().membership.count({ where: { workspaceId: first.workspaceId, role: "owner" } }),
    ).toBe(1);
  });

  it("rejects a role that does not exist before anything else", async () => {
    const owner = await newWorkspace();
    signInAs(owner);
    const result = await changeMemberRoleAction({
      membershipId: owner.membershipId,
      role: "admin",
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!result.ok && result.fieldErrors?.role).toBeTruthy();
  });
});

describe("removeMemberAction", () => {
  it("lets an owner remove a member, who loses access at once; audited", async () => {
    const owner = await newWorkspace();
    const editor = await addMember(owner.workspaceId, "editor");
    signInAs(owner);
    const result = await removeMemberAction({ membershipId: editor.membershipId });
    expect(result).toEqual({ ok: true, data: { userId: editor.userId, self: false } });
    expect(await roleOf(editor.membershipId)).toBeNull();
    // The account itself stays.
    expect(await getDb().user.findUnique({ where: { id: editor.userId } })).not.toBeNull();
    const events = await auditOf(owner.workspaceId, "member.removed");
    expect(events.map((e) => [e.actorId, e.targetId, e.detail, e.ipAddress])).toEqual([
      [
        owner.userId,
        editor.userId,
        { memberUserId: editor.userId, email: `${editor.userId}@example.test`, role: "editor" },
        "127.0.0.1",
      ],
    ]);
  });

  it("refuses viewers and editors, removing nobody", async () => {
    const owner = await newWorkspace();
    const target = await addMember(owner.workspaceId, "viewer");
    await expectForbiddenToViewersAndEditors(owner.workspaceId, () =>
      removeMemberAction({ membershipId: target.membershipId }),
    );
    expect(await roleOf(target.membershipId)).toBe("viewer");
    expect(await auditOf(owner.workspaceId, "member.removed")).toEqual([]);
  });

  it("answers another workspace's member exactly like an unknown id", async () => {
    const { target } = await ownerFacingStranger("editor");
    const foreign = await removeMemberAction({ membershipId: target.membershipId });
    const unknown = await removeMemberAction({ membershipId: randomUUID() });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(unknown);
    expect(await roleOf(target.membershipId)).toBe("editor");
  });

  it("refuses to remove the last owner, and the last owner cannot leave", async () => {
    const owner = await newWorkspace();
    const editor = await addMember(owner.workspaceId, "editor");
    signInAs(owner);
    const leave = await removeMemberAction({ membershipId: owner.membershipId });
    expect(leave).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!leave.ok && leave.error).toMatch(/You are the last owner/);
    expect(await roleOf(owner.membershipId)).toBe("owner");
    expect(await roleOf(editor.membershipId)).toBe("editor");
    expect(await auditOf(owner.workspaceId, "member.removed")).toEqual([]);
  });

  it("lets an owner leave once another owner exists", async () => {
    const owner = await newWorkspace();
    await addMember(owner.workspaceId, "owner");
    signInAs(owner);
    const result = await removeMemberAction({ membershipId: owner.membershipId });
    expect(result).toEqual({ ok: true, data: { userId: owner.userId, self: true } });
    expect(await roleOf(owner.membershipId)).toBeNull();
  });

  it("refuses a signed-out caller", async () => {
    const owner = await newWorkspace();
    expect(await removeMemberAction({ membershipId: owner.membershipId })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });
});
