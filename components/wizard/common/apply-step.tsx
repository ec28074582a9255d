import { listRuns } from "@/lib/apply/store/runs";
import type { WizardStepProps } from "../step-props";
import { loadStepTopology } from "./load-step-topology";
import { NotReady } from "./not-ready";
import { WizardApplyView } from "./wizard-apply-view";

const UUID = /^[0-9a-f-]{36}$/i;

/** The apply run started on Review (?run=…), or the topology's latest run after a reload. */
export async function WizardApplyStep({ topologyId, searchParams }: WizardStepProps) {
  const { session, topology, appliance, validation, access } = await loadStepTopology(topologyId);
  if (!validation.document || !appliance) {
    return (
      <NotReady
        topologyId={topologyId}
        kind={topology.kind}
        errors={validation.errors}
        applianceChosen={appliance !== null}
      />
    );
  }
  const asked =
    typeof searchParams.run === "string" && UUID.test(searchParams.run) ? searchParams.run : null;
  const latest = asked ? null : (await listRuns(session.workspaceId, { topologyId }, 1))[0];
  return (
    <WizardApplyView
      topologyId={topologyId}
      applianceName={appliance.name}
      runId={asked ?? latest?.id ?? null}
      access={access}
    />
  );
}
