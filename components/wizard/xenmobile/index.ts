// The XenMobile Server wizard: one view per step, in the order of lib/topology's
// xenMobileStepIds. Review, Apply and After are the shared ones IGEL uses.
import type { XenMobileStepId } from "@/lib/topology/schema/steps";
// Client views come from lazy-views, so each step's form is a chunk of its own.
import { WizardApplyStep } from "../common/apply-step";
import { WizardAfterStep } from "../common/lazy-views";
import { WizardReviewStep } from "../common/review-step";
import type { WizardStepView } from "../step-props";
import { XmsGatewayStep } from "./gateway-step";
import { XmsDnsStep, XmsMdmStep, XmsNodesStep } from "./lazy-views";
import { XmsMamStep } from "./mam-step";
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
