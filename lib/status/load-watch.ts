// Loads a topology's watch set from the database (document → validate → compile).
import { loadTopologyDocument, type TopologyWithDocument } from "@/lib/topologies/documents";
import { compile } from "@/lib/topology/compile";
import { validateDocument } from "@/lib/topology/validate";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { WatchSet } from "./types";
import { watchSetFrom } from "./watch";

export type WatchTarget =
  | { ok: true; applianceId: string; watch: WatchSet; desired: DesiredConfig }
  | { ok: false; notFound: boolean; notice: string };

export async function loadWatchTarget(
  workspaceId: string,
  topologyId: string,
): Promise<WatchTarget> {
  const topology = await loadTopologyDocument(workspaceId, topologyId);
  if (!topology) return { ok: false, notFound: true, notice: "This topology no longer exists." };
  return watchTargetOf(topology);
}

/** The watch set of a topology already read (the topology list reads many in one query). */
export function watchTargetOf(topology: TopologyWithDocument): WatchTarget {
  const topologyId = topology.id;
  if (!topology.applianceId)
    return { ok: false, notFound: false, notice: "This topology has no appliance to watch yet." };
  const validation = validateDocument(topology.document);
  if (!validation.document)
    return {
      ok: false,
      notFound: false,
      notice: "This topology is incomplete, so there is nothing on the appliance to watch yet.",
    };
  const desired = compile(validation.document);
  return {
    ok: true,
    applianceId: topology.applianceId,
    watch: watchSetFrom(topologyId, desired),
    desired,
  };
}
