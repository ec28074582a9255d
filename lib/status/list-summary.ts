import "server-only";
// The topology list's live summary per topology, from stored rows only (the lease holder's
// snapshot and the stored drift check): no NITRO request, a fixed number of queries for the
// whole page, whatever the number of topologies.
import { withDocument } from "@/lib/topologies/documents";
import { loadStoredStates } from "@/lib/status/watched-store";
import { applianceBar, buildTopologyStatus } from "./build";
import { watchTargetOf } from "./load-watch";
import type { ApplianceSnapshot } from "./types";
import { driftStatusOf } from "./watching";

export interface TopologyLiveSummary {
  /** Applied: the watcher polls its appliance all the time. */
  watched: boolean;
  vserversUp: number;
  vserversTotal: number;
  membersDown: number;
  membersTotal: number;
  /** No good poll for three intervals, or the last poll failed. */
  stale: boolean;
  reachable: boolean;
  /** Changes an apply would make now (> 0 = drift); null before a check. */
  driftChanges: number | null;
  /** When the shown data was read (ISO); null before the first good poll. */
  updatedAt: string | null;
}

/** topologyId → summary, for the topologies with an appliance and a stored snapshot. */
export async function listLiveSummaries(
  workspaceId: string,
  topologyIds: readonly string[],
  now = new Date(),
): Promise<Map<string, TopologyLiveSummary>> {
  const rows = await loadStoredStates(workspaceId, topologyIds);
  const out = new Map<string, TopologyLiveSummary>();
  for (const row of rows) {
    const snapshot = row.appliance?.statusSnapshot?.data as unknown as
      ApplianceSnapshot | undefined;
    if (!row.applianceId || !snapshot) continue;
    const target = watchTargetOf(withDocument(row));
    if (!target.ok) continue;
    const drift = driftStatusOf(
      row.driftCheck && {
        ...row.driftCheck,
        differences: [],
      },
      row.applianceId,
    );
    const status = buildTopologyStatus(target.watch, snapshot, drift, now);
    const bar = applianceBar(snapshot, now);
    out.set(row.id, {
      watched: row.appliedObjects.some((o) => o.applianceId === row.applianceId),
      vserversUp: status.vservers.filter((v) => v.state === "UP").length,
      vserversTotal: status.vservers.length,
      membersDown: status.members.filter((m) => m.state === "DOWN").length,
      membersTotal: status.members.length,
      stale: bar.stale,
      reachable: bar.reachable,
      driftChanges: drift?.changes ?? null,
      updatedAt: bar.updatedAt,
    });
  }
  return out;
}
