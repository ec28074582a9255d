import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { WizardAfterStep } from "@/components/wizard/common/after-step";

export const generateMetadata = wizardStepMetadata("after");
// Review, Apply and After are the same for both kinds.
export default wizardStepPage("after", { IGEL_UMS: WizardAfterStep, XENMOBILE: WizardAfterStep });
