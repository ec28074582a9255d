// Which topologies the always-on watcher polls: "applied" = not archived, with an appliance,
// and at least one object recorded as created or adopted by it on that appliance
// (applied_objects, written by the apply engine; a rollback or an emptied design removes them).
import { getDb } from "@/lib/db/client";
import { documentColumns } from "@/lib/topologies/documents";

export interface AppliedTopology {
  id: string;
  workspaceId: string;
  applianceId: string;
  /** The document's version: the watch set is recompiled when it changes. */
  version: number;
}

export async function listAppliedTopologies(): Promise<AppliedTopology[]> {
  return getDb().$queryRaw<AppliedTopology[]>`
    SELECT t."id", t."workspaceId", t."applianceId", t."version"
      FROM "topologies" t
     WHERE t."archivedAt" IS NULL
       AND t."applianceId" IS NOT NULL
       AND EXISTS (SELECT 1 FROM "applied_objects" o
                    WHERE o."topologyId" = t."id" AND o."applianceId" = t."applianceId")
     ORDER BY t."applianceId", t."id"`;
}

/** What the topology list needs to summarise each topology's live state from stored rows. */
export async function loadStoredStates(workspaceId: string, topologyIds: readonly string[]) {
  if (topologyIds.length === 0) return [];
  return getDb().topology.findMany({
    where: { workspaceId, id: { in: [...topologyIds] }, archivedAt: null },
    select: {
      ...documentColumns,
      driftCheck: true,
      appliance: { select: { statusSnapshot: { select: { data: true } } } },
      appliedObjects: { select: { applianceId: true }, distinct: ["applianceId"] },
    },
  });
}
