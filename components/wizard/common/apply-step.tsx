import { reviewAccess } from "@/components/review/review-access";
import { latestRunId } from "@/lib/apply/latest-run";
import { loadTopology } from "@/lib/topologies/load";
import { isUuid } from "@/lib/uuid";
import type { WizardStepProps } from "../step-props";
import { NotReady } from "./not-ready";
import { WizardApplyView } from "./wizard-apply-view";

/** The apply run started on Review (?run=…), or the topology's latest run after a reload. */
export async function WizardApplyStep({ topologyId, searchParams }: WizardStepProps) {
  const { session, topology, appliance, compiled } = await loadTopology(topologyId, {
    permission: "topology:read",
    include: ["appliance", "compiled"],
  });
  if (!compiled.document || !appliance) {
    return (
      <NotReady
        topologyId={topologyId}
        kind={topology.kind}
        errors={compiled.errors}
        applianceChosen={appliance !== null}
      />
    );
  }
  const asked = isUuid(searchParams.run) ? searchParams.run : null;
  const runId = asked ?? (await latestRunId(session.workspaceId, topologyId));
  return (
    <WizardApplyView
      topologyId={topologyId}
      applianceName={appliance.name}
      runId={runId}
      access={reviewAccess(session.role)}
    />
  );
}
