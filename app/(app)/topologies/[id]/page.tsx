import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireAppSession } from "@/lib/auth/session";
import { findTopology } from "@/lib/db/topologies";
import { formatDateTime } from "@/lib/format";
import { topologyKindInfo } from "@/lib/topology/kinds";
import { RenameForm } from "./rename-form";

export const metadata: Metadata = { title: "Topology" };

export default async function TopologyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireAppSession();
  const topology = /^[0-9a-f-]{36}$/i.test(id) ? await findTopology(session.workspaceId, id) : null;
  if (!topology) notFound();
  return (
    <>
      <PageHeader
        title={topology.name}
        description={topologyKindInfo[topology.kind].description}
        actions={<Badge tone="info">{topologyKindInfo[topology.kind].label}</Badge>}
      />
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
        {can(session.role, "topology:write") ? (
          <div className="mt-6 border-t border-slate-200 pt-5 dark:border-slate-800">
            <RenameForm id={topology.id} name={topology.name} version={topology.version} />
          </div>
        ) : null}
      </Card>
    </>
  );
}
