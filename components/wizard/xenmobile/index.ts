// The XenMobile Server wizard: one view per step, in the order of lib/topology's
// xenMobileStepIds. Review, Apply and After are the shared ones IGEL uses.
import type { XenMobileStepId } from "@/lib/topology/schema/steps";
import { WizardAfterStep } from "../common/after-step";
import { WizardApplyStep } from "../common/apply-step";
import { WizardReviewStep } from "../common/review-step";
import type { WizardStepView } from "../step-props";
import { XmsDnsStep } from "./dns-step";
import { XmsGatewayStep } from "./gateway-step";
import { XmsMamStep } from "./mam-step";
import { XmsMdmStep } from "./mdm-step";
import { XmsNodesStep } from "./nodes-step";
import { XmsPrerequisitesStep } from "./prerequisites-step";

export const xenMobileStepViews: Record<XenMobileStepId, WizardStepView> = {
  prerequisites: XmsPrerequisitesStep,
  nodes: XmsNodesStep,
  mdm: XmsMdmStep,
  mam: XmsMamStep,
  gateway: XmsGatewayStep,
  dns: XmsDnsStep,
  review: WizardReviewStep,
  apply: WizardApplyStep,
  after: WizardAfterStep,
};
