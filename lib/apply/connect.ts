// The NITRO client for an appliance (server side only: the connection holds the decrypted
// password and never leaves this module's callers).
import { getApplianceConnection } from "@/lib/appliances/store";
import {
  getNitroClient,
  isNitroError,
  type ApplianceConnection,
  type NitroClient,
} from "@/lib/nitro";
import { ApplyRefusedError } from "./errors";

export async function openClient(
  workspaceId: string,
  applianceId: string,
  connection?: ApplianceConnection,
): Promise<NitroClient> {
  return getNitroClient(connection ?? (await getApplianceConnection(workspaceId, applianceId)));
}

/**
 * Refuses before the first write when the node is an HA secondary: changes made there are
 * lost at the next sync. A user that may not read hanode (partition) is let through; the
 * client's own guard and the appliance (368) still refuse a secondary.
 */
export async function assertPrimary(client: NitroClient): Promise<void> {
  let nodes;
  try {
    nodes = await client.getHaNodes();
  } catch (error) {
    if (isNitroError(error, "forbidden") || isNitroError(error, "not_found")) return;
    throw error;
  }
  const self = nodes.find((node) => node.id === 0);
  const peer = nodes.find((node) => node.id !== 0);
  if (self?.role === "secondary" && peer) {
    const where = peer.ipAddress ? ` (${peer.ipAddress})` : "";
    throw new ApplyRefusedError(
      "secondary",
      `This appliance is the HA secondary: apply to the primary${where} instead, otherwise the changes are lost at the next synchronisation.`,
    );
  }
}
