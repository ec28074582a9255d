import type { Metadata } from "next";
import Link from "next/link";
import { RunbookActions } from "@/components/runbook/runbook-actions";
import { RunbookSheet } from "@/components/runbook/runbook-sheet";
import { RunbookVerification } from "@/components/runbook/runbook-verification";
import { IssueList } from "@/components/topology/issue-list";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listApplyRuns } from "@/lib/apply";
import { can } from "@/lib/auth/permissions";
import { loadTopology } from "@/lib/topologies/load";
import { storedTopologyRunbook } from "@/lib/topologies/runbook";

export const metadata: Metadata = { title: "Runbook" };
export const dynamic = "force-dynamic";

export default async function RunbookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const loaded = await loadTopology(id, { permission: "topology:read", include: ["appliance"] });
  const { session, topology } = loaded;
  const result = storedTopologyRunbook(loaded);
  // The check after the latest successful apply (lib/apply/verify), printed with the runbook.
  const runs = await listApplyRuns(session.workspaceId, { topologyId: topology.id }, { take: 10 });
  const lastSucceeded = runs.find((run) => run.status === "SUCCEEDED") ?? null;
  const back = (
    <Link
      href={`/topologies/${topology.id}`}
      className="text-sm text-sky-800 hover:underline dark:text-sky-300"
    >
      Back to {topology.name}
    </Link>
  );
  const title = `Runbook for ${topology.name}`;
  if (!result.ok) {
    return (
      <>
        <PageHeader title={title} description={back} />
        <Alert tone="warning" title="Finish the wizard first">
          The runbook is written from a complete topology. Fix the points below in the wizard, then
          come back.
        </Alert>
        <div className="mt-4">
          <IssueList errors={result.errors} warnings={[]} />
        </div>
        <Link
          href={`/topologies/${topology.id}/wizard`}
          className={buttonClasses("primary", "mt-6")}
        >
          {can(session.role, "topology:write") ? "Continue the wizard" : "View the wizard"}
        </Link>
      </>
    );
  }
  return (
    <>
      <div className="print:hidden">
        <PageHeader
          title={title}
          description={back}
          actions={<RunbookActions topologyId={topology.id} />}
        />
      </div>
      <RunbookSheet runbook={result.runbook} />
      <RunbookVerification
        verification={lastSucceeded?.verification ?? null}
        appliedAt={lastSucceeded?.startedAt ?? null}
      />
    </>
  );
}
