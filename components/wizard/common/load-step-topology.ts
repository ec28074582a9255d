// Server only: the topology as Review and Apply see it (stored, not the browser's draft:
// every navigation saves first), with its appliance and validation.
import { notFound } from "next/navigation";
import { reviewAccess } from "@/components/review/review-access";
import { requireAppSession } from "@/lib/auth/session";
import { findAppliance } from "@/lib/appliances/store";
import { loadTopologyDocument } from "@/lib/topologies/documents";
import { validateDocument } from "@/lib/topology/validate";

export async function loadStepTopology(topologyId: string) {
  const session = await requireAppSession();
  const topology = await loadTopologyDocument(session.workspaceId, topologyId);
  if (!topology) notFound();
  const appliance = topology.applianceId
    ? await findAppliance(session.workspaceId, topology.applianceId)
    : null;
  return {
    session,
    topology,
    appliance,
    validation: validateDocument(topology.document),
    access: reviewAccess(session.role),
  };
}
