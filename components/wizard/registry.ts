// The step view registry: which component renders each step of each kind. A kind's wizard is
// its entries here plus its metadata in lib/wizard/meta; a missing entry shows NotBuiltStep.
import type { TopologyKind } from "@/lib/topology/kinds";
import type { StepIdOf } from "@/lib/topology/schema/steps";
import { igelUmsStepViews } from "./igel";
import type { WizardStepView } from "./step-props";
import { xenMobileStepViews } from "./xenmobile";

export const wizardStepViews: {
  [K in TopologyKind]: Partial<Record<StepIdOf<K>, WizardStepView>>;
} = {
  IGEL_UMS: igelUmsStepViews,
  XENMOBILE: xenMobileStepViews,
};
