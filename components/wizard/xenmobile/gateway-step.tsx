import { XmsGatewayForm } from "./gateway-form";
import { withAppliances } from "./with-appliances";

export const XmsGatewayStep = withAppliances(XmsGatewayForm);
