// Loads what every wizard route needs once per request (the layout and the step page share
// it through React's cache): the session, the topology with its document, and progress.
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireAppSession } from "@/lib/auth/session";
import { loadTopologyDocument } from "@/lib/topologies/documents";
import { loadWizardProgress } from "@/lib/topologies/wizard-progress";

export const loadWizard = cache(async (id: string) => {
  const session = await requireAppSession();
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [topology, progress] = await Promise.all([
    loadTopologyDocument(session.workspaceId, id),
    loadWizardProgress(session.workspaceId, id),
  ]);
  if (!topology || !progress) notFound();
  return { session, topology, progress };
});
