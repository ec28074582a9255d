import Link from "next/link";
import type { ReactNode } from "react";
import { WizardShell } from "@/components/wizard/shell/wizard-shell";
import { wizardMode } from "@/components/wizard/wizard-mode";
import { WizardProvider } from "@/components/wizard/wizard-provider";
import { Alert } from "@/components/ui/alert";
import { latestRunSummary } from "@/lib/apply/latest-run";
import { checkDraft } from "@/lib/wizard/draft-checks";
import { visitedSteps } from "@/lib/wizard/step-status";
import { designChangedSince } from "@/lib/topologies/wizard-progress";
import { loadWizard } from "./load-wizard";

export default async function WizardLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const { session, topology, progress } = await loadWizard(id);
  if (topology.unreadable) {
    // Editing would replace a document this version cannot read: refuse, keep it intact.
    return (
      <Alert tone="error" title="This topology cannot be edited here">
        {topology.unreadable}{" "}
        <Link href={`/topologies/${topology.id}`} className="underline">
          Back to {topology.name}
        </Link>
      </Alert>
    );
  }
  const visited = visitedSteps(topology.kind, progress.savedSteps, progress.lastStep);
  const run = await latestRunSummary(session.workspaceId, topology.id);
  // Every apply starts from a plan read on Review: it counts until the design changes.
  const planned = run !== null && !(await designChangedSince(topology.id, run.startedAt));
  return (
    // The provider keeps the draft while the admin moves between steps; later server renders
    // of this layout do not replace it (the browser's copy is the newer one).
    <WizardProvider
      initial={{
        topologyId: topology.id,
        kind: topology.kind,
        name: topology.name,
        version: topology.version,
        document: topology.document,
        applianceId: topology.applianceId,
        mode: wizardMode(session.role),
        userName: session.userName,
        visited: [...visited],
        latestRun: run?.status ?? null,
        planned,
        checks: checkDraft(topology.document),
      }}
    >
      <WizardShell>{children}</WizardShell>
    </WizardProvider>
  );
}
