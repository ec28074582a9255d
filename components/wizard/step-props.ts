import type { ReactNode } from "react";
import type { StepId } from "@/lib/topology/schema/steps";

/** What the step page passes to every step view (all serializable, so client views work too). */
export interface WizardStepProps {
  topologyId: string;
  step: StepId;
  searchParams: Record<string, string | string[] | undefined>;
}

/** A step's content: a server component (may load data) or a client form using useWizard(). */
export type WizardStepView = (props: WizardStepProps) => ReactNode | Promise<ReactNode>;
