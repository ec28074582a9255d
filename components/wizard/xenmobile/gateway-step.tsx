import { XmsGatewayForm } from "./lazy-views";
import { withAppliances } from "./with-appliances";

export const XmsGatewayStep = withAppliances(XmsGatewayForm);
