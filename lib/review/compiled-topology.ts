// A topology ready for plan or apply, for server actions and the plan route (their workspace
// already authorized): the stored topology (lib/topologies/load.ts) with its document
// complete and an appliance chosen, or the ActionError that tells the user what is missing.
import { ActionError } from "@/lib/action-result";
import { readTopology } from "@/lib/topologies/load";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { TopologyDocument } from "@/lib/topology/schema";

export interface CompiledTopology {
  topologyId: string;
  applianceId: string;
  desired: DesiredConfig;
  document: TopologyDocument;
}

export async function loadCompiledTopology(
  workspaceId: string,
  topologyId: string,
): Promise<CompiledTopology> {
  const stored = await readTopology(workspaceId, topologyId, ["compiled"]);
  if (!stored) throw new ActionError("This topology no longer exists.", "NOT_FOUND");
  const { topology, compiled } = stored;
  if (!compiled.desired || !compiled.document) {
    const first = compiled.errors[0];
    throw new ActionError(
      `The topology is not complete: ${compiled.errors.length} problem(s)${first ? `, first ${first.path || "document"}: ${first.message}` : ""}.`,
      "INVALID_INPUT",
    );
  }
  if (!topology.applianceId)
    throw new ActionError("Choose the appliance to apply this topology to first.", "INVALID_INPUT");
  return {
    topologyId,
    applianceId: topology.applianceId,
    desired: compiled.desired,
    document: compiled.document,
  };
}
