// One poll: bulk NITRO reads for the whole appliance, whatever the number of topologies and
// viewers (lib/status/README.md#request-budget, docs/nitro.md#live-state): every vserver with live
// attrs, every member of every group (bulkbindings=yes), the system read poll-reads.ts chose
// (hanode, nsconfig or sslcertkey), and — only when a member is DOWN — every member's monitors
// (bulkbindings=yes) to say why.
import {
  certificateDateToIso,
  isRefusal,
  type HaState,
  type NitroClient,
  type NsMemberMonitor,
} from "@/lib/nitro";
import { memberKey } from "./keys";
import type { SystemRead } from "./poll-reads";
import { stateToken } from "./states";
import type { LiveCertificate, LiveMember, LiveMonitor, LiveVserver } from "./types";

export const VSERVER_ATTRS = [
  "name",
  "servicetype",
  "ipv46",
  "port",
  "state",
  "curstate",
  "effectivestate",
  "health",
  "activeservices",
  "totalservices",
  "statechangetimesec",
] as const;

export const CERTIFICATE_ATTRS = ["certkey", "daystoexpiration", "clientcertnotafter"] as const;

export interface ApplianceRead {
  vservers: Record<string, LiveVserver>;
  members: Record<string, LiveMember>;
  /** Set when this poll read hanode. */
  ha?: HaState;
  configChanged?: boolean | null;
  /** Set when this poll read sslcertkey (an empty record when the user may not read it). */
  certificates?: Record<string, LiveCertificate>;
}

type SystemPart = Pick<ApplianceRead, "ha" | "configChanged" | "certificates">;

function readSystem(client: NitroClient, system: SystemRead): Promise<SystemPart> {
  switch (system) {
    case "ha":
      return client.getHaState().then((ha) => ({ ha }));
    case "config":
      return client.getConfigChanged().then((configChanged) => ({ configChanged }));
    case "certificates":
      return readCertificates(client).then((certificates) => ({ certificates }));
    case "none":
      return Promise.resolve({});
  }
}

async function readCertificates(client: NitroClient): Promise<Record<string, LiveCertificate>> {
  let certs;
  try {
    certs = await client.getSslCertKeys({ attrs: CERTIFICATE_ATTRS });
  } catch (error) {
    // A user without SSL read rights: no certificates, and no retry before the next hour.
    if (isRefusal(error)) return {};
    throw error;
  }
  const out: Record<string, LiveCertificate> = {};
  for (const c of certs) {
    out[c.name] = {
      name: c.name,
      daysToExpiry: c.daysToExpiration ?? null,
      expiresAt: certificateDateToIso(c.validTo),
    };
  }
  return out;
}

/** `system`: which third read to make this time (poll-reads.ts). */
export async function readAppliance(
  client: NitroClient,
  system: SystemRead,
): Promise<ApplianceRead> {
  const [vservers, members, extra] = await Promise.all([
    client.getLbVservers({ attrs: VSERVER_ATTRS }),
    client.getServiceGroupMembers(),
    readSystem(client, system),
  ]);
  const out: ApplianceRead = { vservers: {}, members: {}, ...extra };
  for (const v of vservers) {
    out.vservers[v.name] = {
      name: v.name,
      ip: v.ipAddress ?? null,
      port: v.port ?? null,
      type: v.serviceType ?? null,
      // effectivestate accounts for a backup vserver taking over; older builds omit it.
      state: stateToken(v.effectiveState === "unknown" ? v.currentState : v.effectiveState),
      enabled: v.enabled,
      health: v.health ?? null,
      active: v.activeServices ?? null,
      total: v.totalServices ?? null,
      since: v.stateChangeTimeSec ? new Date(v.stateChangeTimeSec * 1000).toISOString() : null,
    };
  }
  for (const m of members) {
    const server = m.serverName ?? m.ip ?? "";
    out.members[memberKey(m.serviceGroupName, server, m.port)] = {
      serviceGroup: m.serviceGroupName,
      server,
      ip: m.ip ?? null,
      port: m.port,
      state: stateToken(m.state),
      enabled: m.enabled,
      customServerId: m.customServerId ?? null,
      since: m.stateChangeTimeSec ? new Date(m.stateChangeTimeSec * 1000).toISOString() : null,
      monitor: null,
    };
  }
  const down = Object.values(out.members).filter((m) => m.state === "DOWN");
  if (down.length > 0) await addMonitors(client, down);
  return out;
}

/** The fourth request, only while something is DOWN: fills `monitor` of the DOWN members. */
async function addMonitors(client: NitroClient, down: LiveMember[]): Promise<void> {
  let rows: NsMemberMonitor[];
  try {
    rows = await client.getServiceGroupMemberMonitors();
  } catch (error) {
    // Older builds or restricted users may not serve this binding: the state alone still shows.
    if (isRefusal(error)) return;
    throw error;
  }
  for (const member of down) member.monitor = monitorOf(member, rows);
}

/** The member's failing monitor (else its first), matched on group, server name and port. */
export function monitorOf(
  member: LiveMember,
  rows: readonly NsMemberMonitor[],
): LiveMonitor | null {
  const own = rows.filter(
    (r) =>
      r.serviceGroupName === member.serviceGroup &&
      r.port === member.port &&
      (r.serverName === undefined || r.serverName === member.server),
  );
  const pick = own.find((r) => r.monitorState === "DOWN") ?? own[0];
  if (!pick) return null;
  return {
    name: pick.monitorName,
    state: pick.monitorState,
    lastResponse: pick.lastResponse ?? null,
  };
}
