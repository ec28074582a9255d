import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { XmsNodesStep } from "@/components/wizard/xenmobile/nodes-step";

export const generateMetadata = wizardStepMetadata("nodes");
export default wizardStepPage("nodes", { XENMOBILE: XmsNodesStep });
