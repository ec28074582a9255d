// One route folder per step id (./<step>/page.tsx), each importing only its own views, so a
// step page ships the JavaScript of its forms and not every step's of both kinds. The folder
// names are lib/topology's step ids; [step] answers 404 for anything else.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KeepEarlyInput } from "@/components/wizard/keep-early-input";
import { NotBuiltStep } from "@/components/wizard/not-built-step";
import type { WizardStepView } from "@/components/wizard/step-props";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { stepMeta } from "@/lib/wizard/meta";
import { asStepId } from "@/lib/wizard/steps";
import { loadWizard } from "./load-wizard";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The page title: the step's label and the topology's name. */
export function wizardStepMetadata(step: string) {
  return async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { id } = await params;
    const { topology } = await loadWizard(id);
    const meta = stepMeta(topology.kind, step);
    return { title: meta ? `${meta.label} · ${topology.name}` : "Wizard" };
  };
}

/** The step page: 404 unless `step` is a step of this topology's kind, else its view. */
export function wizardStepPage(step: string, views: Partial<Record<TopologyKind, WizardStepView>>) {
  return async function WizardStepPage({ params, searchParams }: Props) {
    const { id } = await params;
    const { topology } = await loadWizard(id);
    const stepId = asStepId(topology.kind, step);
    if (!stepId) notFound();
    const View = views[topology.kind] ?? NotBuiltStep;
    return (
      <KeepEarlyInput>
        <View topologyId={topology.id} step={stepId} searchParams={await searchParams} />
      </KeepEarlyInput>
    );
  };
}
