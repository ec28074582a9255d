import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireAppSession } from "@/lib/auth/session";
import { listTopologies } from "@/lib/db/topologies";
import { topologyKindInfo } from "@/lib/topology/kinds";
import { formatDateTime } from "@/lib/format";
import { CreateTopologyForm } from "./create-topology-form";

export const metadata: Metadata = { title: "Topologies" };

export default async function TopologiesPage() {
  const session = await requireAppSession();
  const topologies = await listTopologies(session.workspaceId);
  const canWrite = can(session.role, "topology:write");
  return (
    <>
      <PageHeader
        title="Topologies"
        description="Each topology describes one highly available deployment: its servers, virtual servers, certificates and DNS, and the NetScaler it lives on."
      />
      {topologies.length === 0 ? (
        <EmptyState title="No topologies yet">
          <p>
            Start with the kind you need: <strong>IGEL UMS</strong> puts several management servers
            behind one address for thin clients and consoles; <strong>XenMobile Server</strong> puts
            a cluster behind device-management and app VIPs reached through your Gateway.
          </p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {topologies.map((topology) => (
            <li
              key={topology.id}
              className="flex flex-wrap items-center justify-between gap-2 px-4 py-3"
            >
              <div>
                <Link
                  href={`/topologies/${topology.id}`}
                  className="font-medium text-sky-800 hover:underline dark:text-sky-300"
                >
                  {topology.name}
                </Link>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  Edited by {topology.updatedByName} · {formatDateTime(topology.updatedAt)}
                  {topology.applianceName ? ` · ${topology.applianceName}` : ""}
                </p>
              </div>
              <Badge tone="info">{topologyKindInfo[topology.kind].label}</Badge>
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <Card className="mt-8">
          <CreateTopologyForm />
        </Card>
      ) : null}
    </>
  );
}
