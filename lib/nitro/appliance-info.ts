// What the Appliances page shows about a box: version, host name, HA role (and where the
// primary is), unsaved changes, partition.
import { isRefusal } from "./errors";
import type { HaGuard } from "./ha-guard";
import type { HaRole } from "./resources/hanode";
import type { NsVersion } from "./resources/system";
import type { NitroSession } from "./session";

export interface ApplianceInfo {
  /** Release, e.g. "13.1" (the whole banner when it cannot be parsed). */
  version: string;
  /** Build, e.g. "49.15"; null when the banner cannot be parsed. */
  build: string | null;
  versionText: string;
  hostname: string | null;
  /** From hanode (lib/nitro/ha-state.ts), the same reading the status poller makes. */
  haRole: HaRole;
  /** The primary's address, when this node is the secondary and the peer is known. */
  primaryAddress?: string;
  peerAddress?: string;
  /** Unsaved configuration changes; null when not reported. */
  configChanged: boolean | null;
  /** Partition the session works in ("default" unless the connection names one). */
  partition: string;
  /** SHA-256 fingerprint of the appliance's certificate (HTTPS only). */
  tlsFingerprint?: string;
}

interface InfoReaders {
  getNsVersion(): Promise<NsVersion>;
  getHostname(): Promise<string | null>;
  getConfigChanged(): Promise<boolean | null>;
}

export async function getApplianceInfo(
  client: InfoReaders,
  ha: HaGuard,
  session: NitroSession,
): Promise<ApplianceInfo> {
  const [version, hostname, view, configChanged] = await Promise.all([
    client.getNsVersion(),
    client.getHostname().catch(nullIfRefused),
    ha.view(),
    client.getConfigChanged().catch(nullIfRefused),
  ]);
  return {
    version: version.release ?? version.text,
    build: version.build ?? null,
    versionText: version.text,
    hostname,
    haRole: view.role,
    primaryAddress: view.primaryAddress,
    peerAddress: view.peerAddress,
    configChanged,
    partition: session.partition ?? "default",
    tlsFingerprint: session.presentedFingerprint,
  };
}

/** Optional facts: NITRO refusing them (permissions, partitions) must not hide the rest. */
function nullIfRefused(error: unknown): null {
  if (isRefusal(error)) return null;
  throw error;
}
