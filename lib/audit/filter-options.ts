// What the audit log can be filtered by: the workspace's members and all its topologies
// (archived ones too: their history stays in the log).
import "server-only";
import { getDb } from "@/lib/db/client";

export interface AuditFilterOptions {
  members: { userId: string; name: string; email: string }[];
  topologies: { id: string; name: string; archived: boolean }[];
}

export async function listAuditFilterOptions(workspaceId: string): Promise<AuditFilterOptions> {
  const db = getDb();
  const [memberships, topologies] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db.topology.findMany({
      where: { workspaceId },
      select: { id: true, name: true, archivedAt: true },
      orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    }),
  ]);
  return {
    members: memberships.map(({ user }) => ({
      userId: user.id,
      name: user.name,
      email: user.email,
    })),
    topologies: topologies.map((t) => ({
      id: t.id,
      name: t.name,
      archived: t.archivedAt !== null,
    })),
  };
}
