import type { Metadata } from "next";
import Link from "next/link";
import { ApplianceBadges } from "@/components/appliances/appliance-badges";
import { AppliancePicker } from "@/components/topology/appliance-picker";
import { DocumentImport } from "@/components/topology/document-import";
import { IssueList } from "@/components/topology/issue-list";
import { TopologyDiagram } from "@/components/topology/topology-diagram";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireAppSession } from "@/lib/auth/session";
import { listAppliances } from "@/lib/appliances/store";
import { loadTopology } from "@/lib/topologies/load";
import { formatDateTime } from "@/lib/format";
import { topologyKindInfo } from "@/lib/topology/schema/kinds";
import { importTopologyDocumentAction, setTopologyApplianceAction } from "./document-actions";
import { RenameForm } from "./rename-form";

export const metadata: Metadata = { title: "Topology" };

export default async function TopologyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireAppSession();
  const [{ topology, compiled }, appliances] = await Promise.all([
    loadTopology(id, { permission: "topology:read", include: ["compiled"] }),
    listAppliances(session.workspaceId),
  ]);
  const appliance = appliances.find((a) => a.id === topology.applianceId) ?? null;
  const canWrite = can(session.role, "topology:write");
  const ready = Boolean(compiled.document && appliance);
  return (
    <>
      <PageHeader
        title={topology.name}
        description={topologyKindInfo[topology.kind].description}
        actions={
          <>
            <Badge tone="info">{topologyKindInfo[topology.kind].label}</Badge>
            {/* /wizard resumes at the step last worked on. */}
            <Link
              href={`/topologies/${topology.id}/wizard`}
              className={buttonClasses(ready ? "secondary" : "primary")}
            >
              {canWrite ? "Continue the wizard" : "View the wizard"}
            </Link>
            {ready ? (
              <>
                <Link
                  href={`/topologies/${topology.id}/status`}
                  className={buttonClasses("secondary")}
                >
                  Live status
                </Link>
                {can(session.role, "topology:plan") ? (
                  <Link
                    href={`/topologies/${topology.id}/review`}
                    className={buttonClasses("primary")}
                  >
                    Review and apply
                  </Link>
                ) : null}
              </>
            ) : null}
          </>
        }
      />
      <nav aria-label="More for this topology" className="mb-6 flex flex-wrap gap-2 text-sm">
        <Link href={`/topologies/${topology.id}/history`} className={buttonClasses("ghost")}>
          History
        </Link>
        {compiled.document ? (
          <Link href={`/topologies/${topology.id}/runbook`} className={buttonClasses("ghost")}>
            Runbook
          </Link>
        ) : null}
        {can(session.role, "topology:share") ? (
          <Link href={`/topologies/${topology.id}/share`} className={buttonClasses("ghost")}>
            Share read-only link
          </Link>
        ) : null}
      </nav>
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-base font-semibold">Appliance</h2>
          {appliance ? (
            <p className="mb-3 flex flex-wrap items-center gap-2 text-sm">
              Applied to <strong>{appliance.name}</strong> <ApplianceBadges appliance={appliance} />
            </p>
          ) : (
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              Choose the NetScaler this topology is applied to.
            </p>
          )}
          {canWrite ? (
            <AppliancePicker
              topologyId={topology.id}
              version={topology.version}
              applianceId={topology.applianceId}
              appliances={appliances.map((a) => ({ id: a.id, name: a.name }))}
              save={setTopologyApplianceAction}
            />
          ) : null}
        </Card>

        <Card>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-base font-semibold">Configuration</h2>
            <div className="flex flex-wrap gap-2 text-sm">
              <a
                href={`/api/topologies/${topology.id}/export?format=json`}
                className={buttonClasses("ghost")}
              >
                Download JSON
              </a>
              {compiled.document ? (
                <>
                  <a
                    href={`/api/topologies/${topology.id}/export?format=cli`}
                    className={buttonClasses("ghost")}
                  >
                    NetScaler CLI
                  </a>
                  <a
                    href={`/api/topologies/${topology.id}/export?format=nitro`}
                    className={buttonClasses("ghost")}
                  >
                    NITRO requests
                  </a>
                </>
              ) : null}
            </div>
          </div>
          {compiled.document ? (
            <p
              className="text-sm text-emerald-800 dark:text-emerald-300"
              data-testid="document-complete"
            >
              Complete: ready for review{compiled.warnings.length ? ", with warnings" : ""}.
            </p>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">Not complete yet.</p>
          )}
          <div className="mt-3">
            <IssueList
              errors={compiled.errors}
              warnings={compiled.warnings}
              context={{
                kind: topology.kind,
                document: topology.document,
                topologyId: topology.id,
              }}
            />
          </div>
          {canWrite ? (
            <div className="mt-5 border-t border-slate-200 pt-5 dark:border-slate-800">
              <DocumentImport
                topologyId={topology.id}
                version={topology.version}
                save={importTopologyDocumentAction}
              />
            </div>
          ) : null}
        </Card>

        {compiled.document ? (
          <Card>
            <h2 className="mb-3 text-base font-semibold">Diagram</h2>
            <TopologyDiagram
              config={compiled.desired}
              kind={compiled.document.kind}
              title={topology.name}
            />
          </Card>
        ) : null}

        <Card>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Created</dt>
              <dd>
                {formatDateTime(topology.createdAt)} by {topology.createdByName}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Last edited</dt>
              <dd>
                {formatDateTime(topology.updatedAt)} by {topology.updatedByName} (version{" "}
                {topology.version})
              </dd>
            </div>
          </dl>
          {canWrite ? (
            <div className="mt-6 border-t border-slate-200 pt-5 dark:border-slate-800">
              <RenameForm id={topology.id} name={topology.name} version={topology.version} />
            </div>
          ) : null}
        </Card>
      </div>
    </>
  );
}
