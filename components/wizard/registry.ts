// The step view registry: which component renders each step of each kind, in the order of
// lib/topology's step ids. A kind's wizard is its entries here plus its metadata in
// lib/wizard/meta; a missing entry shows NotBuiltStep. A step whose form only needs the
// workspace's appliances is its client form wrapped here by withAppliances, not a file.
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import type { StepIdOf } from "@/lib/topology/schema/steps";
import { WizardAfterStep } from "./common/after-step";
import { WizardApplyStep } from "./common/apply-step";
import { WizardReviewStep } from "./common/review-step";
import { withAppliances } from "./common/with-appliances";
import { IgelDatabaseStep } from "./igel/database-step";
import { IgelDnsStep } from "./igel/dns-step";
import { IgelLoadBalancingStep } from "./igel/load-balancing-step";
import { IgelNetworkForm } from "./igel/network-form";
import { IgelPrerequisitesStep } from "./igel/prerequisites-step";
import { IgelServersStep } from "./igel/servers-step";
import type { WizardStepView } from "./step-props";
import { XmsDnsStep } from "./xenmobile/dns-step";
import { XmsGatewayForm } from "./xenmobile/gateway-form";
import { XmsMamForm } from "./xenmobile/mam-form";
import { XmsMdmStep } from "./xenmobile/mdm-step";
import { XmsNodesStep } from "./xenmobile/nodes-step";
import { XmsPrerequisitesForm } from "./xenmobile/prerequisites-form";

export const wizardStepViews: {
  [K in TopologyKind]: Record<StepIdOf<K>, WizardStepView>;
} = {
  IGEL_UMS: {
    prerequisites: IgelPrerequisitesStep,
    database: IgelDatabaseStep,
    servers: IgelServersStep,
    network: withAppliances(IgelNetworkForm),
    "load-balancing": IgelLoadBalancingStep,
    dns: IgelDnsStep,
    review: WizardReviewStep,
    apply: WizardApplyStep,
    after: WizardAfterStep,
  },
  // Review, Apply and After are the shared ones IGEL uses.
  XENMOBILE: {
    // XenMobile has no network step, so the appliance is chosen here, before any VIP is typed.
    prerequisites: withAppliances(XmsPrerequisitesForm),
    nodes: XmsNodesStep,
    mdm: XmsMdmStep,
    mam: withAppliances(XmsMamForm),
    gateway: withAppliances(XmsGatewayForm),
    dns: XmsDnsStep,
    review: WizardReviewStep,
    apply: WizardApplyStep,
    after: WizardAfterStep,
  },
};
