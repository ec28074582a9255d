// Loads what every wizard route needs once per request (the layout and the step page share
// it through React's cache): the session, the topology with its document, and progress.
import { notFound } from "next/navigation";
import { cache } from "react";
import { loadTopology } from "@/lib/topologies/load";
import { loadWizardProgress } from "@/lib/topologies/wizard-progress";

export const loadWizard = cache(async (id: string) => {
  const { session, topology } = await loadTopology(id, { permission: "topology:read" });
  const progress = await loadWizardProgress(session.workspaceId, id);
  if (!progress) notFound();
  return { session, topology, progress };
});
