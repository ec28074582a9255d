import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { IgelDnsStep } from "@/components/wizard/igel/dns-step";
import { XmsDnsStep } from "@/components/wizard/xenmobile/dns-step";

export const generateMetadata = wizardStepMetadata("dns");
export default wizardStepPage("dns", { IGEL_UMS: IgelDnsStep, XENMOBILE: XmsDnsStep });
