// The signed-in member's appliances as a picker lists them: the loader wizard steps call, so
// no component queries the appliance table itself.
import "server-only";
import { requireAppSession } from "@/lib/auth/session";
import { listAppliances } from "./store";

export interface ApplianceChoice {
  id: string;
  name: string;
}

export async function loadApplianceChoices(): Promise<ApplianceChoice[]> {
  const session = await requireAppSession();
  const appliances = await listAppliances(session.workspaceId);
  return appliances.map((a) => ({ id: a.id, name: a.name }));
}
