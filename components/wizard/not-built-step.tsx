import { Alert } from "@/components/ui/alert";
import type { WizardStepProps } from "./step-props";

/** Shown for a step whose view is not in the registry yet (e.g. while a kind is being built). */
export function NotBuiltStep({ step }: WizardStepProps) {
  return (
    <Alert tone="info" title="This step has no form yet">
      The “{step}” step of this kind is not built yet. Its values can still be imported as JSON on
      the topology page.
    </Alert>
  );
}
