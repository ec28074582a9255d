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
 * lost at the next sync. The role comes from the client's HA guard (one hanode read, cached
 * for the guard's own check of every write, so the first write costs no second read). A user
 * that may not read hanode (partition) is let through; the guard and the appliance (368) still
 * refuse a secondary.
 */
export async function assertPrimary(client: NitroClient): Promise<void> {
  let view;
  try {
    view = await client.getHaView();
  } catch (error) {
    if (isNitroError(error, "forbidden") || isNitroError(error, "not_found")) return;
    throw error;
  }
  if (view.role === "secondary") {
    const peer = view.primaryAddress ?? view.peerAddress;
    const where = peer ? ` (${peer})` : "";
    throw new ApplyRefusedError(
      "secondary",
      `This appliance is the HA secondary: apply to the primary${where} instead, otherwise the changes are lost at the next synchronisation.`,
    );
  }
}

/**
 * Starts the HA check now, so its read travels with the plan's reads; the returned function
 * gives its verdict (throws the refusal) when the first write is about to go. A plan with
 * nothing to write never asks, and an unasked failure is not an unhandled rejection.
 */
export function startPrimaryCheck(client: NitroClient): () => Promise<void> {
  const outcome = assertPrimary(client).then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  return async () => {
    const failed = await outcome;
    if (failed) throw failed.error;
  };
}
