// The workspace switcher: a user in several workspaces picks the session's active one, and
// only among their own memberships.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { findMembershipForUser, listMembershipsForUser } from "@/lib/members/memberships";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs, signOut } from "../support/session-double";

const state = vi.hoisted(() => ({ sessionId: null as string | null }));
vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));
// The session row behind the request's cookie; the rest of the module is the real one.
vi.mock("@/lib/members/workspace-session", () => ({
  currentSessionId: async () => state.sessionId,
}));

const { switchWorkspaceAction } = await import("@/app/(app)/settings/switch-workspace-action");

/** A user who owns one workspace and is a viewer in a second one, with a session row. */
async function userInTwoWorkspaces() {
  const user = await createWorkspaceWithUser("owner");
  const other = await createWorkspaceWithUser("owner");
  await getDb().membership.create({
    data: {
      id: randomUUID(),
      workspaceId: other.workspaceId,
      userId: user.userId,
      role: "viewer",
    },
  });
  const sessionId = randomUUID();
  await getDb().session.create({
    data: {
      id: sessionId,
      token: randomUUID(),
      userId: user.userId,
      expiresAt: new Date(Date.now() + 3_600_000),
      activeWorkspaceId: user.workspaceId,
    },
  });
  state.sessionId = sessionId;
  return { user, second: other.workspaceId, sessionId };
}

const activeWorkspaceOf = async (sessionId: string) =>
  (await getDb().session.findUniqueOrThrow({ where: { id: sessionId } })).activeWorkspaceId;

beforeEach(() => {
  signOut();
  state.sessionId = null;
});

describe("memberships", () => {
  it("lists every workspace of the user, oldest first", async () => {
    const { user, second } = await userInTwoWorkspaces();
    expect((await listMembershipsForUser(user.userId)).map((m) => [m.workspaceId, m.role])).toEqual(
      [
        [user.workspaceId, "owner"],
        [second, "viewer"],
      ],
    );
  });
});

describe("switchWorkspaceAction", () => {
  it("makes another of the user's workspaces the session's active one", async () => {
    const { user, second, sessionId } = await userInTwoWorkspaces();
    signInAs(user, "owner");
    expect(await switchWorkspaceAction({ workspaceId: second })).toEqual({
      ok: true,
      data: { workspaceId: second },
    });
    expect(await activeWorkspaceOf(sessionId)).toBe(second);
    // What the next request resolves: the chosen workspace, with the role held there.
    expect(await findMembershipForUser(user.userId, second)).toMatchObject({
      workspaceId: second,
      role: "viewer",
    });
  });

  it("lets a viewer switch back (every role may switch)", async () => {
    const { user, second, sessionId } = await userInTwoWorkspaces();
    signInAs({ userId: user.userId, workspaceId: second }, "viewer");
    expect(await switchWorkspaceAction({ workspaceId: user.workspaceId })).toMatchObject({
      ok: true,
    });
    expect(await activeWorkspaceOf(sessionId)).toBe(user.workspaceId);
  });

  it("answers a workspace the user is not in exactly like an unknown id", async () => {
    const { user, sessionId } = await userInTwoWorkspaces();
    const stranger = await createWorkspaceWithUser("owner");
    signInAs(user, "owner");
    const foreign = await switchWorkspaceAction({ workspaceId: stranger.workspaceId });
    const unknown = await switchWorkspaceAction({ workspaceId: randomUUID() });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(unknown);
    expect(await activeWorkspaceOf(sessionId)).toBe(user.workspaceId);
  });

  it("never changes someone else's session", async () => {
    const { user, second } = await userInTwoWorkspaces();
    const victim = await userInTwoWorkspaces();
    // The request's cookie is the victim's session, but the signed-in user is another one.
    signInAs(user, "owner");
    const result = await switchWorkspaceAction({ workspaceId: second });
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await activeWorkspaceOf(victim.sessionId)).toBe(victim.user.workspaceId);
  });

  it("refuses a signed-out caller", async () => {
    expect(await switchWorkspaceAction({ workspaceId: randomUUID() })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });
});
