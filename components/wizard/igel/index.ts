// The IGEL UMS wizard: one view per step, in the order of lib/topology's igelUmsStepIds.
import type { IgelUmsStepId } from "@/lib/topology/schema/steps";
import { WizardAfterStep } from "../common/after-step";
import { WizardApplyStep } from "../common/apply-step";
import { WizardReviewStep } from "../common/review-step";
import type { WizardStepView } from "../step-props";
import { IgelDatabaseStep } from "./database-step";
import { IgelDnsStep } from "./dns-step";
import { IgelLoadBalancingStep } from "./load-balancing-step";
import { IgelNetworkStep } from "./network-step";
import { IgelPrerequisitesStep } from "./prerequisites-step";
import { IgelServersStep } from "./servers-step";

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
