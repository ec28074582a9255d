import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { withAppliances } from "@/components/wizard/common/with-appliances";
import { IgelPrerequisitesStep } from "@/components/wizard/igel/prerequisites-step";
import { XmsPrerequisitesForm } from "@/components/wizard/xenmobile/prerequisites-form";

export const generateMetadata = wizardStepMetadata("prerequisites");
export default wizardStepPage("prerequisites", {
  IGEL_UMS: IgelPrerequisitesStep,
  XENMOBILE: withAppliances(XmsPrerequisitesForm),
});
