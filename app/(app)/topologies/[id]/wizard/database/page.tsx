import { wizardStepMetadata, wizardStepPage } from "../step-page";
import { IgelDatabaseStep } from "@/components/wizard/igel/database-step";

export const generateMetadata = wizardStepMetadata("database");
export default wizardStepPage("database", { IGEL_UMS: IgelDatabaseStep });
