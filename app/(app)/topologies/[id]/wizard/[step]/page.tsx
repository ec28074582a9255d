import { notFound } from "next/navigation";

// Every step has its own folder beside this one; any other name is not a step.
export default function UnknownWizardStep(): never {
  notFound();
}
