// Review and Apply work the same way for every kind of topology, so they read the same.
import type { WizardStepMeta } from "./types";

export const reviewStepMeta: WizardStepMeta = {
  label: "Review",
  title: "Review the changes",
  why: "Compare what the NetScaler has now with what this topology needs. Nothing changes on the appliance until you apply.",
};

export const applyStepMeta: WizardStepMeta = {
  label: "Apply",
  title: "Apply to the NetScaler",
  why: "The changes run in dependency order; if one fails, what this run created is removed again, so the appliance is never left half-configured.",
};
