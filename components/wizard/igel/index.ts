// The IGEL UMS wizard: one view per step, in the order of lib/topology's igelUmsStepIds.
import type { IgelUmsStepId } from "@/lib/topology/schema/steps";
// Client views come from lazy-views, so each step's form is a chunk of its own.
import { WizardApplyStep } from "../common/apply-step";
import { WizardAfterStep } from "../common/lazy-views";
import { WizardReviewStep } from "../common/review-step";
import type { WizardStepView } from "../step-props";
import {
  IgelDatabaseStep,
  IgelDnsStep,
  IgelLoadBalancingStep,
  IgelPrerequisitesStep,
  IgelServersStep,
} from "./lazy-views";
import { IgelNetworkStep } from "./network-step";

export const igelUmsStepViews: Record<IgelUmsStepId, WizardStepView> = {
  prerequisites: IgelPrerequisitesStep,
  database: IgelDatabaseStep,
  servers: IgelServersStep,
  network: IgelNetworkStep,
  "load-balancing": IgelLoadBalancingStep,
  dns: IgelDnsStep,
  review: WizardReviewStep,
  apply: WizardApplyStep,
  after: WizardAfterStep,
};
