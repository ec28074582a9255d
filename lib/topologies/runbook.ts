// The runbook of a stored topology, as both the runbook page and the download route build it:
// the document, the appliance's name (not its address or account) and the time of generation.
import "server-only";
import type { StoredTopology } from "@/lib/topologies/load";
import { runbookFor, type RunbookResult } from "@/lib/topology/runbook";

export function storedTopologyRunbook({
  topology,
  appliance,
}: StoredTopology<"appliance">): RunbookResult {
  return runbookFor(topology.document, {
    topologyName: topology.name,
    applianceName: appliance?.name ?? null,
    version: topology.version,
    generatedAt: new Date(),
  });
}
