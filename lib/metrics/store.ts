// The rows a scrape reads: every topology with an appliance (all workspaces: the metrics
// endpoint is the installation's, behind its own token) and its appliance's stored snapshot.
// Nothing here talks to an appliance.
import { getDb } from "@/lib/db/client";

export interface WatchedTopologyRow {
  id: string;
  name: string;
  workspaceId: string;
  applianceId: string;
  applianceName: string;
}

export async function listWatchedTopologies(): Promise<WatchedTopologyRow[]> {
  const rows = await getDb().topology.findMany({
    where: { archivedAt: null, applianceId: { not: null } },
    select: {
      id: true,
      name: true,
      workspaceId: true,
      applianceId: true,
      appliance: { select: { name: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.flatMap((r) =>
    r.applianceId && r.appliance
      ? [
          {
            id: r.id,
            name: r.name,
            workspaceId: r.workspaceId,
            applianceId: r.applianceId,
            applianceName: r.appliance.name,
          },
        ]
      : [],
  );
}
