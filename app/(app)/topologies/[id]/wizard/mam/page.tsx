import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { withAppliances } from "@/components/wizard/common/with-appliances";
import { XmsMamForm } from "@/components/wizard/xenmobile/mam-form";

export const generateMetadata = wizardStepMetadata("mam");
export default wizardStepPage("mam", { XENMOBILE: withAppliances(XmsMamForm) });
