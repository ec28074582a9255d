import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusView } from "@/components/status/status-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getStatusRegistry, listTransitions } from "@/lib/status";
import { loadTopology } from "@/lib/topologies/load";

export const metadata: Metadata = { title: "Live status" };
export const dynamic = "force-dynamic";

export default async function StatusPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
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
        kind={compiled.document.kind}
        config={compiled.desired}
        applianceName={appliance.name}
        initial={result.status}
        initialTransitions={transitions ?? []}
      />
    </>
  );
}
