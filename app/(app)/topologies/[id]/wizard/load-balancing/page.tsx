import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { IgelLoadBalancingStep } from "@/components/wizard/igel/load-balancing-step";

export const generateMetadata = wizardStepMetadata("load-balancing");
export default wizardStepPage("load-balancing", { IGEL_UMS: IgelLoadBalancingStep });
