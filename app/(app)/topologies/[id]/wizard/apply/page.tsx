import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { WizardApplyStep } from "@/components/wizard/common/apply-step";

export const generateMetadata = wizardStepMetadata("apply");
// Review, Apply and After are the same for both kinds.
export default wizardStepPage("apply", { IGEL_UMS: WizardApplyStep, XENMOBILE: WizardApplyStep });
