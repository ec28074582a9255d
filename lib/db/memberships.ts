import { getDb } from "@/lib/db/client";

export interface MembershipSummary {
  workspaceId: string;
  workspaceName: string;
  role: string;
}

/** The session's active workspace if the user belongs to it, else their oldest membership. */
export async function findMembershipForUser(
  userId: string,
  preferredWorkspaceId: string | null,
): Promise<MembershipSummary | null> {
  const memberships = await getDb().membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { workspaceId: true, role: true, workspace: { select: { name: true } } },
  });
  const chosen =
    memberships.find((m) => m.workspaceId === preferredWorkspaceId) ?? memberships[0] ?? null;
  return chosen
    ? { workspaceId: chosen.workspaceId, workspaceName: chosen.workspace.name, role: chosen.role }
    : null;
}
