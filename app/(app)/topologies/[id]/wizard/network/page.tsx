import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { withAppliances } from "@/components/wizard/common/with-appliances";
import { IgelNetworkForm } from "@/components/wizard/igel/network-form";

export const generateMetadata = wizardStepMetadata("network");
export default wizardStepPage("network", { IGEL_UMS: withAppliances(IgelNetworkForm) });
