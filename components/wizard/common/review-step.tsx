import { CodeBlock } from "@/components/review/code-block";
import { PlanNote } from "@/components/review/plan-note";
import { reviewAccess } from "@/components/review/review-access";
import { IssueList } from "@/components/topology/issue-list";
import { TopologyDiagram } from "@/components/topology/topology-diagram";
import { openWarnings } from "@/lib/review/open-warnings";
import { loadTopology } from "@/lib/topologies/load";
import { cliBatch } from "@/lib/topology/export";
import type { WizardStepProps } from "../step-props";
import { StepSection } from "../step-section";
import { describeObjects } from "./apply-summary";
import { NotReady } from "./not-ready";
import { WizardReviewPanel } from "./wizard-review-panel";

/**
 * Review for every kind: the plan against the live appliance, the picture, the CLI. It reads
 * the stored topology, not the browser's draft: every navigation saves first.
 */
export async function WizardReviewStep({ topologyId }: WizardStepProps) {
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
  const { desired } = compiled;
  const access = reviewAccess(session.role);
  const warnings = await openWarnings(session.workspaceId, compiled.document, appliance.id);
  return (
    <div className="space-y-8">
      <div className="rounded-md border border-sky-200 bg-sky-50 p-4 text-sm dark:border-sky-900 dark:bg-sky-950/40">
        <p>
          <strong>Apply</strong> makes <strong>{appliance.name}</strong> match this topology:{" "}
          {describeObjects(desired)}, every name starting with{" "}
          <code>{compiled.document.prefix}_</code>. It creates what is missing and updates what
          differs, in dependency order, then saves the NetScaler configuration. Objects with other
          names are left alone.
        </p>
      </div>
      <StepSection title="What this topology builds">
        <TopologyDiagram config={desired} kind={topology.kind} title={topology.name} />
      </StepSection>
      {warnings.length > 0 ? (
        <IssueList
          errors={[]}
          warnings={warnings}
          context={{ kind: topology.kind, document: compiled.document, topologyId }}
        />
      ) : null}
      {access.planNote ? (
        <PlanNote note={access.planNote} />
      ) : (
        <WizardReviewPanel
          topologyId={topologyId}
          applianceName={appliance.name}
          canApply={access.canApply}
          openWarnings={warnings.length}
        />
      )}
      <CodeBlock
        title="The whole topology as NetScaler CLI"
        text={cliBatch(desired)}
        fileName={`${compiled.document.prefix}.cli.txt`}
      />
    </div>
  );
}
