import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotBuiltStep } from "@/components/wizard/not-built-step";
import { wizardStepViews } from "@/components/wizard/registry";
import type { WizardStepView } from "@/components/wizard/step-props";
import { stepMeta } from "@/lib/wizard/meta";
import { asStepId } from "@/lib/wizard/steps";
import { loadWizard } from "../load-wizard";

interface Props {
  params: Promise<{ id: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, step } = await params;
  const { topology } = await loadWizard(id);
  const meta = stepMeta(topology.kind, step);
  return { title: meta ? `${meta.label} · ${topology.name}` : "Wizard" };
}

export default async function WizardStepPage({ params, searchParams }: Props) {
  const { id, step } = await params;
  const { topology } = await loadWizard(id);
  const stepId = asStepId(topology.kind, step);
  if (!stepId) notFound();
  const views: Partial<Record<string, WizardStepView>> = wizardStepViews[topology.kind];
  const View = views[stepId] ?? NotBuiltStep;
  return <View topologyId={topology.id} step={stepId} searchParams={await searchParams} />;
}
