// A user's memberships: which workspace a session works in, and switching between them.
import "server-only";
import { getDb } from "@/lib/db/client";

export interface MembershipSummary {
  workspaceId: string;
  workspaceName: string;
  role: string;
  /** The workspace requires members to use a second factor. */
  requireTwoFactor: boolean;
}

/** The session's active workspace if the user belongs to it, else their oldest membership. */
export async function findMembershipForUser(
  userId: string,
  preferredWorkspaceId: string | null,
): Promise<MembershipSummary | null> {
  const memberships = await listMembershipsForUser(userId);
  return memberships.find((m) => m.workspaceId === preferredWorkspaceId) ?? memberships[0] ?? null;
}

/** Every workspace the user belongs to, oldest membership first (the workspace switcher). */
export async function listMembershipsForUser(userId: string): Promise<MembershipSummary[]> {
  const memberships = await getDb().membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      workspaceId: true,
      role: true,
      workspace: { select: { name: true, requireTwoFactor: true } },
    },
  });
  return memberships.map((m) => ({
    workspaceId: m.workspaceId,
    workspaceName: m.workspace.name,
    role: m.role,
    requireTwoFactor: m.workspace.requireTwoFactor,
  }));
}

export async function isMemberOf(userId: string, workspaceId: string): Promise<boolean> {
  const membership = await getDb().membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { id: true },
  });
  return membership !== null;
}

/** Makes a workspace the session's active one, if the session's user belongs to it. */
export async function setActiveWorkspace(
  session: { sessionId: string; userId: string },
  workspaceId: string,
): Promise<boolean> {
  if (!(await isMemberOf(session.userId, workspaceId))) return false;
  const updated = await getDb().session.updateMany({
    where: { id: session.sessionId, userId: session.userId },
    data: { activeWorkspaceId: workspaceId },
  });
  return updated.count === 1;
}
