import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { XmsMdmStep } from "@/components/wizard/xenmobile/mdm-step";

export const generateMetadata = wizardStepMetadata("mdm");
export default wizardStepPage("mdm", { XENMOBILE: XmsMdmStep });
