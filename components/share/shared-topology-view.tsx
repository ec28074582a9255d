import { QueryProvider } from "@/components/providers/query-provider";
import { StatusView } from "@/components/status/status-view";
import { TopologyDiagram } from "@/components/topology/topology-diagram";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SharedView } from "@/lib/share/shared-view";
import { topologyKindInfo } from "@/lib/topology/schema/kinds";
import { DesignTable } from "./design-table";
import { SharedHeader } from "./shared-header";
import { SharedPlanView } from "./shared-plan";

/**
 * The whole shared page from an already masked view model: design, plan and live status, with
 * no way to change anything (no edit, apply, export or wizard links).
 */
export function SharedTopologyView({ view, statusUrl }: { view: SharedView; statusUrl: string }) {
  const kind = topologyKindInfo[view.kind];
  return (
    <>
      <SharedHeader expiresAt={view.expiresAt} showAddresses={view.showAddresses} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <PageHeader
          title={view.title}
          description={kind.description}
          actions={<Badge tone="info">{kind.label}</Badge>}
        />
        <div className="space-y-6">
          {view.notice ? <Alert tone="info">{view.notice}</Alert> : null}
          {view.design ? (
            <section aria-labelledby="shared-design-title">
              <Card>
                <h2 id="shared-design-title" className="mb-3 text-base font-semibold">
                  Design
                </h2>
                {/* Its own title: the live status below draws the same diagram with states. */}
                <TopologyDiagram
                  config={view.design.config}
                  kind={view.kind}
                  title={`${view.title} (design)`}
                />
                <div className="mt-5">
                  <DesignTable rows={view.design.rows} />
                </div>
              </Card>
            </section>
          ) : null}
          {view.plan ? (
            <section id="plan" aria-labelledby="shared-plan-title" className="scroll-mt-4">
              <Card>
                <h2 id="shared-plan-title" className="mb-3 text-base font-semibold">
                  What applying would change now
                </h2>
                <SharedPlanView plan={view.plan} />
              </Card>
            </section>
          ) : null}
          {view.status && view.design ? (
            <section aria-labelledby="shared-status-title">
              <h2 id="shared-status-title" className="mb-3 text-lg font-semibold">
                Live status
              </h2>
              <QueryProvider>
                <StatusView
                  topologyId={view.status.initial.topologyId}
                  title={view.title}
                  kind={view.kind}
                  config={view.design.config}
                  applianceName={view.status.applianceName}
                  initial={view.status.initial}
                  initialTransitions={view.status.transitions}
                  statusUrl={statusUrl}
                />
              </QueryProvider>
            </section>
          ) : null}
        </div>
      </main>
    </>
  );
}
