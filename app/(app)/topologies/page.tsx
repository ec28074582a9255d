import type { Metadata } from "next";
import { TopologyListNotice } from "@/components/topology/topology-list-notice";
import { TopologyFileImport } from "@/components/topology/topology-file-import";
import { TopologyListTabs } from "@/components/topology/topology-list-tabs";
import { TopologyRow } from "@/components/topology/topology-row";
import { TopologyLiveSummaryBadges } from "@/components/topology/topology-live-summary";
import { CertificateExpiryBadge } from "@/components/status/certificate-expiry-badge";
import { TopologyRowActions } from "@/components/topology/topology-row-actions";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireAppSession } from "@/lib/auth/session";
import { listAppliances } from "@/lib/appliances/store";
import { listCertificateWarnings } from "@/lib/status/certificates-list";
import { listLiveSummaries } from "@/lib/status/list-summary";
import type { TopologyLiveSummary } from "@/lib/status/list-summary";
import type { CertificateStatus } from "@/lib/status/types";
import { countTopologies, findTopologyListItem, listTopologies } from "@/lib/topologies/list";
import { isUuid } from "@/lib/uuid";
import { importTopologyFileAction } from "./actions";
import { CreateTopologyForm } from "./create-topology-form";
import {
  archiveTopologyAction,
  duplicateTopologyAction,
  restoreTopologyAction,
} from "./list-actions";

export const metadata: Metadata = { title: "Topologies" };

type Search = { view?: string; notice?: string; id?: string };

export default async function TopologiesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await requireAppSession();
  const search = await searchParams;
  const archived = search.view === "archived";
  const notice =
    search.notice === "archived" || search.notice === "restored" ? search.notice : null;
  const [topologies, counts, appliances, noticeItem] = await Promise.all([
    listTopologies(session.workspaceId, { archived }),
    countTopologies(session.workspaceId),
    listAppliances(session.workspaceId),
    notice && isUuid(search.id) ? findTopologyListItem(session.workspaceId, search.id) : null,
  ]);
  const certificateWarnings = archived
    ? new Map<string, never>()
    : await listCertificateWarnings(session.workspaceId, topologies);
  // Stored state only (the watcher's snapshots and drift checks): no appliance request.
  const live = archived
    ? new Map<string, never>()
    : await listLiveSummaries(
        session.workspaceId,
        topologies.map((t) => t.id),
      );
  const canWrite = can(session.role, "topology:write");
  // Only a notice that is still true is shown (a reload after someone else restored it is not).
  const showNotice =
    noticeItem && (noticeItem.archivedAt !== null) === (notice === "archived") ? notice : null;
  return (
    <>
      <PageHeader
        title="Topologies"
        description="Each topology describes one highly available deployment: its servers, virtual servers, certificates and DNS, and the NetScaler it lives on."
      />
      {showNotice && noticeItem ? (
        <TopologyListNotice
          key={`${showNotice}-${noticeItem.id}`}
          notice={showNotice}
          id={noticeItem.id}
          name={noticeItem.name}
          restore={canWrite ? restoreTopologyAction : undefined}
        />
      ) : null}
      {counts.archived > 0 || archived ? (
        <TopologyListTabs archived={archived} counts={counts} />
      ) : null}
      {topologies.length === 0 ? (
        archived ? (
          <EmptyState title="No archived topologies">
            <p>Archived topologies are read-only and kept here until you restore them.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No topologies yet">
            <p>
              Start with the kind you need: <strong>IGEL UMS</strong> puts several management
              servers behind one address for thin clients and consoles;{" "}
              <strong>XenMobile Server</strong> puts a cluster behind device-management and app VIPs
              reached through your Gateway.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          {archived ? (
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              Archived topologies are read-only. Restore one to open, edit or apply it again.
            </p>
          ) : null}
          <ul
            aria-label={archived ? "Archived topologies" : "Topologies"}
            className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
          >
            {topologies.map((topology) => (
              <TopologyRow
                key={topology.id}
                topology={topology}
                appliance={appliances.find((a) => a.id === topology.applianceId) ?? null}
                certificate={certificateBadge(certificateWarnings.get(topology.id))}
                live={liveBadges(topology.id, live.get(topology.id))}
                actions={
                  canWrite ? (
                    <TopologyRowActions
                      id={topology.id}
                      name={topology.name}
                      archived={archived}
                      duplicate={duplicateTopologyAction}
                      archive={archiveTopologyAction}
                      restore={restoreTopologyAction}
                    />
                  ) : null
                }
              />
            ))}
          </ul>
        </>
      )}
      {canWrite && !archived ? (
        <>
          <Card className="mt-8">
            <CreateTopologyForm />
          </Card>
          <Card className="mt-6">
            <TopologyFileImport save={importTopologyFileAction} />
          </Card>
        </>
      ) : null}
    </>
  );
}

function liveBadges(topologyId: string, summary: TopologyLiveSummary | undefined) {
  return summary ? <TopologyLiveSummaryBadges topologyId={topologyId} summary={summary} /> : null;
}

function certificateBadge(certificate: CertificateStatus | undefined) {
  return certificate ? <CertificateExpiryBadge certificate={certificate} /> : null;
}
