import type { Metadata } from "next";
import Link from "next/link";
import { ApplianceBadges } from "@/components/appliances/appliance-badges";
import { CodeBlock } from "@/components/review/code-block";
import { PlanNote } from "@/components/review/plan-note";
import { reviewAccess } from "@/components/review/review-access";
import { ReviewPanel } from "@/components/review/review-panel";
import { IssueList } from "@/components/topology/issue-list";
import { TopologyDiagram } from "@/components/topology/topology-diagram";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { openWarnings } from "@/lib/review/open-warnings";
import { loadTopology } from "@/lib/topologies/load";
import { cliBatch } from "@/lib/topology/export";
import { listApplyRuns } from "@/lib/apply";
import { RecentRuns } from "@/components/review/recent-runs";
import { formatDateTime } from "@/lib/format";
import { applyTopologyAction, resumeApplyRunAction, rollbackApplyRunAction } from "./actions";

export const metadata: Metadata = { title: "Review and apply" };

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ resume?: string | string[] }>;
}) {
  const { id } = await params;
  const { resume } = await searchParams;
  const { session, topology, appliance, compiled } = await loadTopology(id, {
    permission: "topology:read",
    include: ["appliance", "compiled"],
  });
  const back = (
    <Link
      href={`/topologies/${topology.id}`}
      className="text-sm text-sky-800 hover:underline dark:text-sky-300"
    >
      Back to {topology.name}
    </Link>
  );
  if (!compiled.document || !appliance) {
    return (
      <>
        <PageHeader title={`Review ${topology.name}`} description={back} />
        <Alert tone="warning" title="Not ready for review">
          {appliance
            ? "The topology has problems to fix first."
            : "Choose the appliance to apply this topology to first."}
        </Alert>
        <div className="mt-4">
          <IssueList
            errors={compiled.errors}
            warnings={compiled.warnings}
            context={{ kind: topology.kind, document: topology.document, topologyId: topology.id }}
          />
        </div>
      </>
    );
  }
  const { desired } = compiled;
  const runs = await listApplyRuns(session.workspaceId, { topologyId: topology.id }, { take: 5 });
  // Viewers see the design, the CLI and past runs; the plan (which signs in to the appliance)
  // is not even requested for them, so there is no refused request to show as an error.
  const access = reviewAccess(session.role);
  const warnings = await openWarnings(session.workspaceId, compiled.document, appliance.id);
  // ?resume=<run> opens the panel for that interrupted run: its fresh plan, then "Resume".
  const interrupted = runs.find((run) => run.id === resume && run.status === "INTERRUPTED");
  const resuming = interrupted
    ? {
        runId: interrupted.id,
        startedAt: formatDateTime(new Date(interrupted.startedAt)),
        resume: resumeApplyRunAction,
      }
    : null;
  return (
    <>
      <PageHeader
        title={`Review ${topology.name}`}
        description={back}
        actions={<ApplianceBadges appliance={appliance} />}
      />
      <div className="space-y-6">
        {warnings.length > 0 ? (
          <Card>
            <IssueList
              errors={[]}
              warnings={warnings}
              context={{
                kind: topology.kind,
                document: compiled.document,
                topologyId: topology.id,
              }}
            />
          </Card>
        ) : null}
        <Card>
          <h2 className="mb-3 text-base font-semibold">What this topology builds</h2>
          <TopologyDiagram config={desired} kind={compiled.document.kind} title={topology.name} />
        </Card>
        <Card>
          {access.planNote ? (
            <PlanNote note={access.planNote} />
          ) : (
            <ReviewPanel
              topologyId={topology.id}
              applianceName={appliance.name}
              canApply={access.canApply}
              apply={applyTopologyAction}
              resuming={resuming}
              openWarnings={warnings.length}
            />
          )}
        </Card>
        {runs.length > 0 ? (
          <Card>
            <RecentRuns
              topologyId={topology.id}
              runs={runs}
              canApply={access.canApply}
              rollback={rollbackApplyRunAction}
            />
          </Card>
        ) : null}
        <Card>
          <CodeBlock
            title="The whole topology as NetScaler CLI"
            text={cliBatch(desired)}
            fileName={`${compiled.document.prefix}.cli.txt`}
          />
        </Card>
      </div>
    </>
  );
}
