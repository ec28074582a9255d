import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusView } from "@/components/status/status-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireAppSession } from "@/lib/auth/session";
import { findAppliance } from "@/lib/appliances/store";
import { loadTopologyDocument } from "@/lib/topologies/documents";
import { getStatusRegistry, listTransitions } from "@/lib/status";
import { compile } from "@/lib/topology/compile";
import { validateDocument } from "@/lib/topology/validate";

export const metadata: Metadata = { title: "Live status" };
export const dynamic = "force-dynamic";

export default async function StatusPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireAppSession();
  const topology = /^[0-9a-f-]{36}$/i.test(id)
    ? await loadTopologyDocument(session.workspaceId, id)
    : null;
  if (!topology) notFound();
  const back = (
    <Link
      href={`/topologies/${topology.id}`}
      className="text-sm text-sky-800 hover:underline dark:text-sky-300"
    >
      Back to {topology.name}
    </Link>
  );
  const validation = validateDocument(topology.document);
  const appliance = topology.applianceId
    ? await findAppliance(session.workspaceId, topology.applianceId)
    : null;
  if (!validation.document || !appliance) {
    return (
      <>
        <PageHeader title={`Live status of ${topology.name}`} description={back} />
        <Alert tone="warning" title="Nothing to watch yet">
          {appliance
            ? "The topology is not complete yet; finish it in the wizard first."
            : "Choose the appliance this topology is applied to first."}
        </Alert>
      </>
    );
  }
  // The same call the status route makes: the first paint already has the data.
  const [result, transitions] = await Promise.all([
    getStatusRegistry().getTopologyStatus(session.workspaceId, topology.id),
    listTransitions(session.workspaceId, topology.id, { take: 100 }),
  ]);
  if (!result.ok) notFound();
  return (
    <>
      <PageHeader title={`Live status of ${topology.name}`} description={back} />
      <StatusView
        topologyId={topology.id}
        title={topology.name}
        kind={validation.document.kind}
        config={compile(validation.document)}
        applianceName={appliance.name}
        initial={result.status}
        initialTransitions={transitions ?? []}
      />
    </>
  );
}
