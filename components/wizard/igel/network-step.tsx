import { requireAppSession } from "@/lib/auth/session";
import { listAppliances } from "@/lib/appliances/store";
import { IgelNetworkForm } from "./network-form";

/** Server part: the workspace's appliances for the picker. */
export async function IgelNetworkStep() {
  const session = await requireAppSession();
  const appliances = await listAppliances(session.workspaceId);
  return <IgelNetworkForm appliances={appliances.map((a) => ({ id: a.id, name: a.name }))} />;
}
