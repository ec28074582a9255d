// Server only: reads what the wizard's appliance checks need (addresses, vservers, Gateways,
// certificates) in four requests. Failing to read is a state the page shows, not a crash.
import { ActionError } from "@/lib/action-result";
import { getApplianceConnection } from "@/lib/appliances/store";
import { getNitroClient, isNitroError } from "@/lib/nitro";
import type { ApplianceFacts } from "@/lib/topology/validate/appliance";
import { log } from "@/lib/log";
import { toApplianceFacts } from "./appliance-facts";

export type ApplianceFactsState =
  | { state: "ok"; facts: ApplianceFacts; readAt: string }
  | { state: "unavailable"; reason: string; message: string };

export async function readApplianceFacts(
  workspaceId: string,
  applianceId: string,
): Promise<ApplianceFactsState> {
  let client: ReturnType<typeof getNitroClient> | null = null;
  try {
    client = getNitroClient(await getApplianceConnection(workspaceId, applianceId));
    const [ips, lbVservers, vpnVservers, certKeys] = await Promise.all([
      client.getNsIps(),
      client.getLbVservers(),
      client.getVpnVservers(),
      client.getSslCertKeys(),
    ]);
    const facts = toApplianceFacts({ ips, lbVservers, vpnVservers, certKeys });
    return { state: "ok", facts, readAt: new Date().toISOString() };
  } catch (error) {
    if (error instanceof ActionError) {
      return { state: "unavailable", reason: error.code, message: error.message };
    }
    if (isNitroError(error)) {
      return { state: "unavailable", reason: error.kind, message: error.message };
    }
    log.error(
      `reading appliance ${applianceId} for the wizard failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return {
      state: "unavailable",
      reason: "error",
      message: "Reading the appliance failed on the server.",
    };
  } finally {
    await client?.dispose();
  }
}
