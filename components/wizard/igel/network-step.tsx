import { loadApplianceChoices } from "@/lib/appliances/options";
import { IgelNetworkForm } from "./network-form";

/** Server part: the workspace's appliances for the picker. */
export async function IgelNetworkStep() {
  return <IgelNetworkForm appliances={await loadApplianceChoices()} />;
}
