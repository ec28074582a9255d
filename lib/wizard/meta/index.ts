// The step metadata registry: one entry per step of every kind (the step order itself comes
// from lib/topology's stepIds, so the wizard and the document never disagree).
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import type { StepIdOf } from "@/lib/topology/schema/steps";
import { igelUmsStepMeta } from "./igel-ums";
import type { WizardStepMeta } from "./types";
import { xenMobileStepMeta } from "./xenmobile";

export type { WizardStepMeta } from "./types";

export const wizardStepMeta: { [K in TopologyKind]: Record<StepIdOf<K>, WizardStepMeta> } = {
  IGEL_UMS: igelUmsStepMeta,
  XENMOBILE: xenMobileStepMeta,
};

export function stepMeta(kind: TopologyKind, step: string): WizardStepMeta | undefined {
  const table: Partial<Record<string, WizardStepMeta>> = wizardStepMeta[kind];
  return table[step];
}
