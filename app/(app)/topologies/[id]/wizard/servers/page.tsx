import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { IgelServersStep } from "@/components/wizard/igel/servers-step";

export const generateMetadata = wizardStepMetadata("servers");
export default wizardStepPage("servers", { IGEL_UMS: IgelServersStep });
