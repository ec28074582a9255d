// Renaming the workspace from the Account page: owners only, the same rule as naming it at
// setup, the caller's own workspace whatever the form sends, and one audit event per rename.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { describeEntry } from "@/lib/audit/describe-entry";
import { listAuditEvents } from "@/lib/audit/query";
import { getDb } from "@/lib/db/client";
import { createWorkspaceWithUser } from "../support/fixtures";
import { setClientAddress, signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
// Recorded rather than ignored: the header shows the name, so the layout must be revalidated.
const revalidated = vi.hoisted(() => [] as Array<[string, string | undefined]>);
vi.mock("next/cache", () => ({
  revalidatePath: (path: string, type?: string) => {
    revalidated.push([path, type]);
  },
}));

const ADDRESS = "203.0.113.7";
setClientAddress(ADDRESS);

const { renameWorkspaceAction } = await import("@/app/(app)/settings/workspace-actions");

type Owner = Awaited<ReturnType<typeof createWorkspaceWithUser>>;

async function addMember(workspaceId: string, role: Role) {
  const userId = randomUUID();
  await getDb().user.create({
    data: { id: userId, name: `${role} ${userId.slice(0, 4)}`, email: `${userId}@example.test` },
  });
  await getDb().membership.create({ data: { id: randomUUID(), workspaceId, userId, role } });
  return { userId, workspaceId, role };
}

const nameOf = async (workspaceId: string) =>
  (await getDb().workspace.findUniqueOrThrow({ where: { id: workspaceId } })).name;

const renames = (workspaceId: string) =>
  getDb().auditEvent.findMany({ where: { workspaceId, action: "workspace.renamed" } });

function form(workspaceName: string): FormData {
  const data = new FormData();
  data.set("workspaceName", workspaceName);
  return data;
}

let owner: Owner;
beforeEach(async () => {
  signOut();
  revalidated.length = 0;
  owner = await createWorkspaceWithUser("owner");
});

describe("renameWorkspaceAction", () => {
  it("lets an owner rename the workspace, trimmed, and records from and to", async () => {
    signInAs(owner, "owner");
    const result = await renameWorkspaceAction(form("  Datacenter team  "));
    expect(result).toEqual({
      ok: true,
      data: { from: "Test workspace", to: "Datacenter team", changed: true },
    });
    expect(await nameOf(owner.workspaceId)).toBe("Datacenter team");
    expect(revalidated).toContainEqual(["/", "layout"]);

    const events = await renames(owner.workspaceId);
    expect(events.map((e) => [e.actorId, e.targetType, e.targetId, e.detail, e.ipAddress])).toEqual(
      [
        [
          owner.userId,
          "workspace",
          owner.workspaceId,
          { from: "Test workspace", to: "Datacenter team" },
          ADDRESS,
        ],
      ],
    );
    const [entry] = (await listAuditEvents(owner.workspaceId, { action: "workspace.renamed" }))
      .entries;
    expect(entry && describeEntry(entry)).toBe(
      "Renamed the workspace from Test workspace to Datacenter team",
    );
  });

  it("renames only the caller's workspace, whatever else the form sends", async () => {
    const other = await createWorkspaceWithUser("owner");
    signInAs(owner, "owner");
    const result = await renameWorkspaceAction({
      workspaceName: "Mine",
      workspaceId: other.workspaceId,
    });
    expect(result).toMatchObject({ ok: true });
    expect(await nameOf(owner.workspaceId)).toBe("Mine");
    expect(await nameOf(other.workspaceId)).toBe("Test workspace");
    expect(await renames(other.workspaceId)).toEqual([]);
  });

  it("answers a blank or too long name beside the field, changing nothing", async () => {
    signInAs(owner, "owner");
    const blank = await renameWorkspaceAction(form("   "));
    expect(blank).toEqual({
      ok: false,
      code: "INVALID_INPUT",
      error: "Some fields need attention.",
      fieldErrors: { workspaceName: ["Name the workspace."] },
    });
    const long = await renameWorkspaceAction(form("x".repeat(81)));
    expect(!long.ok && long.fieldErrors).toEqual({
      workspaceName: ["Use at most 80 characters."],
    });
    const missing = await renameWorkspaceAction(new FormData());
    expect(!missing.ok && Object.keys(missing.fieldErrors ?? {})).toEqual(["workspaceName"]);

    // 80 characters is still a name.
    expect(await renameWorkspaceAction(form("y".repeat(80)))).toMatchObject({ ok: true });
    expect(await nameOf(owner.workspaceId)).toBe("y".repeat(80));
    expect(await renames(owner.workspaceId)).toHaveLength(1);
  });

  it("records nothing when the name is already this one", async () => {
    signInAs(owner, "owner");
    const result = await renameWorkspaceAction(form("Test workspace "));
    expect(result).toEqual({
      ok: true,
      data: { from: "Test workspace", to: "Test workspace", changed: false },
    });
    expect(await renames(owner.workspaceId)).toEqual([]);
    expect(revalidated).toEqual([]);
  });

  it.each(["editor", "viewer"] as const)("refuses an %s, changing nothing", async (role) => {
    signInAs(await addMember(owner.workspaceId, role));
    const result = await renameWorkspaceAction(form("Taken over"));
    expect(result).toEqual({
      ok: false,
      code: "FORBIDDEN",
      error: "Your role in this workspace does not allow this.",
    });
    expect(await nameOf(owner.workspaceId)).toBe("Test workspace");
    expect(await renames(owner.workspaceId)).toEqual([]);
  });

  it("asks a signed-out caller to sign in, changing nothing", async () => {
    const result = await renameWorkspaceAction(form("Anonymous"));
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await nameOf(owner.workspaceId)).toBe("Test workspace");
  });
});
