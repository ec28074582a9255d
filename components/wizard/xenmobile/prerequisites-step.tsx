import { XmsPrerequisitesForm } from "./prerequisites-form";
import { withAppliances } from "./with-appliances";

/** XenMobile has no network step, so the appliance is chosen here, before any VIP is typed. */
export const XmsPrerequisitesStep = withAppliances(XmsPrerequisitesForm);
