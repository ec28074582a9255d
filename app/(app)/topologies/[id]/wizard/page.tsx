import { redirect } from "next/navigation";
import { asStepId, firstStep } from "@/lib/wizard/steps";
import { loadWizard } from "./load-wizard";

// /topologies/:id/wizard resumes at the step last worked on.
export default async function WizardResumePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { topology, progress } = await loadWizard(id);
  const step = asStepId(topology.kind, progress.lastStep) ?? firstStep(topology.kind);
  redirect(`/topologies/${topology.id}/wizard/${step}`);
}
