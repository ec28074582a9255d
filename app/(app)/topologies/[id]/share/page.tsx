import type { Metadata } from "next";
import Link from "next/link";
import { CreateShareLinkForm } from "@/components/share/create-share-link-form";
import { ShareLinkTable } from "@/components/share/share-link-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listShareLinks } from "@/lib/share/store";
import { loadTopology } from "@/lib/topologies/load";
import { createShareLinkAction, revokeShareLinkAction } from "./actions";

export const metadata: Metadata = { title: "Share read-only link" };
export const dynamic = "force-dynamic";

export default async function ShareLinksPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Viewers cannot share: for them this page does not exist, like another workspace's topology.
  const { session, topology } = await loadTopology(id, { permission: "topology:share" });
  const links = await listShareLinks(session.workspaceId, topology.id);
  return (
    <>
      <PageHeader
        title={`Share ${topology.name}`}
        description={
          <Link
            href={`/topologies/${topology.id}`}
            className="text-sm text-sky-800 hover:underline dark:text-sky-300"
          >
            Back to {topology.name}
          </Link>
        }
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-1 text-base font-semibold">New read-only link</h2>
          <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
            Anyone with the link can see this topology&apos;s design, what applying it would change
            and its live status, without an account. They cannot change anything. The
            appliance&apos;s user name and password are never shown.
          </p>
          <CreateShareLinkForm topologyId={topology.id} create={createShareLinkAction} />
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold">Links</h2>
          {links.length === 0 ? (
            <EmptyState title="No links yet">
              Links you create appear here, with when they were last used. Revoked and expired links
              stay listed.
            </EmptyState>
          ) : (
            <ShareLinkTable links={links} revoke={revokeShareLinkAction} />
          )}
        </Card>
      </div>
    </>
  );
}
