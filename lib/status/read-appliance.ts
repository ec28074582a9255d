// One poll: at most three bulk NITRO reads for the whole appliance, whatever the number of
// topologies and viewers (lib/status/README.md, docs/nitro.md#live-state): every vserver with live
// attrs, every member of every group (bulkbindings=yes), and one system read that alternates
// between stat/ns (HA role) and nsconfig (unsaved changes), so each is at most two intervals old.
import type { NitroClient } from "@/lib/nitro";
import { memberKey } from "./keys";
import { haRoleOf, stateToken } from "./states";
import type { LiveMember, LiveVserver } from "./types";

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

export interface ApplianceRead {
  vservers: Record<string, LiveVserver>;
  members: Record<string, LiveMember>;
  haRole?: string;
  configChanged?: boolean | null;
}

/** `system`: which third read to make this time (none on a poll that also logs in). */
export async function readAppliance(
  client: NitroClient,
  system: "ha" | "config" | "none",
): Promise<ApplianceRead> {
  const [vservers, members, extra] = await Promise.all([
    client.getLbVservers({ attrs: VSERVER_ATTRS }),
    client.getServiceGroupMembers(),
    system === "ha"
      ? client.getNsStats().then((s) => ({ haRole: haRoleOf(s.haMasterState) }))
      : system === "config"
        ? client.getConfigChanged().then((configChanged) => ({ configChanged }))
        : Promise.resolve({}),
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
    };
  }
  return out;
}
