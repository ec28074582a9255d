import { XmsPrerequisitesForm } from "./lazy-views";
import { withAppliances } from "./with-appliances";

/** XenMobile has no network step, so the appliance is chosen here, before any VIP is typed. */
export const XmsPrerequisitesStep = withAppliances(XmsPrerequisitesForm);
