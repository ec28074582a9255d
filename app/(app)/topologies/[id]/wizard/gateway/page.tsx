import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { withAppliances } from "@/components/wizard/common/with-appliances";
import { XmsGatewayForm } from "@/components/wizard/xenmobile/gateway-form";

export const generateMetadata = wizardStepMetadata("gateway");
export default wizardStepPage("gateway", { XENMOBILE: withAppliances(XmsGatewayForm) });
