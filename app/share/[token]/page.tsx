// The read-only view behind a share link, for people without an account: outside the signed-in
// layout, no session read. Everything it renders comes from loadSharedView, masked as a whole.
// Headers (no referrer, noindex, no-store) are set for /share/* in next.config.ts.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharedTopologyView } from "@/components/share/shared-topology-view";
import { loadSharedView } from "@/lib/share/shared-view";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Shared topology",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function SharedTopologyPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const view = await loadSharedView(token);
  // Unknown, expired and revoked links (and archived topologies) look exactly alike.
  if (!view) notFound();
  return <SharedTopologyView view={view} statusUrl={`/api/share/${token}/status`} />;
}
