import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { WizardReviewStep } from "@/components/wizard/common/review-step";

export const generateMetadata = wizardStepMetadata("review");
// Review, Apply and After are the same for both kinds.
export default wizardStepPage("review", {
  IGEL_UMS: WizardReviewStep,
  XENMOBILE: WizardReviewStep,
});
