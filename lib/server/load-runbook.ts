// The runbook of a stored topology, as both the runbook page and the download route build it:
// the document, the appliance's name (not its address or account) and the time of generation.
import { findAppliance } from "@/lib/appliances/store";
import { loadTopologyDocument, type TopologyWithDocument } from "@/lib/topologies/documents";
import { runbookFor, type RunbookResult } from "@/lib/topology/runbook";

export async function loadRunbook(
  workspaceId: string,
  id: string,
): Promise<{ topology: TopologyWithDocument; result: RunbookResult } | null> {
  const topology = await loadTopologyDocument(workspaceId, id);
  if (!topology) return null;
  const appliance = topology.applianceId
    ? await findAppliance(workspaceId, topology.applianceId)
    : null;
  const result = runbookFor(topology.document, {
    topologyName: topology.name,
    applianceName: appliance?.name ?? null,
    version: topology.version,
    generatedAt: new Date(),
  });
  return { topology, result };
}
