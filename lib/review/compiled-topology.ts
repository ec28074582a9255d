// A topology ready for plan or apply: its document valid, compiled, and an appliance chosen.
import { ActionError } from "@/lib/action-result";
import { loadTopologyDocument } from "@/lib/topologies/documents";
import { compile } from "@/lib/topology/compile";
import type { DesiredConfig } from "@/lib/topology/desired";
import { validateDocument } from "@/lib/topology/validate";

export interface CompiledTopology {
  topologyId: string;
  applianceId: string;
  desired: DesiredConfig;
}

export async function loadCompiledTopology(
  workspaceId: string,
  topologyId: string,
): Promise<CompiledTopology> {
  const topology = await loadTopologyDocument(workspaceId, topologyId);
  if (!topology) throw new ActionError("This topology no longer exists.", "NOT_FOUND");
  const validation = validateDocument(topology.document);
  if (!validation.document) {
    const first = validation.errors[0];
    throw new ActionError(
      `The topology is not complete: ${validation.errors.length} problem(s)${first ? `, first ${first.path || "document"}: ${first.message}` : ""}.`,
      "INVALID_INPUT",
    );
  }
  if (!topology.applianceId)
    throw new ActionError("Choose the appliance to apply this topology to first.", "INVALID_INPUT");
  return { topologyId, applianceId: topology.applianceId, desired: compile(validation.document) };
}
