// Pure: one topology's status from the appliance snapshot and the topology's watch set.
import { certificateWarnings, DEFAULT_CERT_WARN_DAYS } from "./certificates";
import { STALE_AFTER_INTERVALS } from "./config";
import { MISSING } from "./states";
import type {
  ApplianceBar,
  ApplianceSnapshot,
  DriftStatus,
  LiveMonitor,
  MemberStatus,
  TopologyStatus,
  VserverStatus,
  WatchSet,
} from "./types";

const MAX_RETRY_FACTOR = 6;

export function applianceBar(s: ApplianceSnapshot, now: Date): ApplianceBar {
  const age = s.updatedAt ? now.getTime() - Date.parse(s.updatedAt) : Infinity;
  return {
    applianceId: s.applianceId,
    reachable: s.updatedAt !== null && s.failure === null,
    failure: s.failure,
    // Before the first HA read the appliance has not answered if the poll failed: unknown.
    haRole: s.haRole === "pending" && s.failure ? "unknown" : s.haRole,
    configChanged: s.configChanged,
    updatedAt: s.updatedAt,
    checkedAt: s.checkedAt,
    stale: s.failure !== null || age > STALE_AFTER_INTERVALS * s.intervalMs,
    intervalMs: s.intervalMs,
    // The browser backs off while the appliance is unreachable; the poller keeps its pace.
    retryAfterMs: s.intervalMs * Math.min(2 ** s.consecutiveFailures, MAX_RETRY_FACTOR),
  };
}

/** "tcp-default DOWN: Failure - TCP syn sent, reset received." (null without a reading). */
export function monitorReason(monitor: LiveMonitor | null | undefined): string | null {
  if (!monitor) return null;
  const head = `${monitor.name || "monitor"} ${monitor.state}`;
  return monitor.lastResponse ? `${head}: ${monitor.lastResponse}` : head;
}

export function buildTopologyStatus(
  watch: WatchSet,
  s: ApplianceSnapshot,
  drift: DriftStatus | null,
  now: Date,
  certWarnDays: readonly number[] = DEFAULT_CERT_WARN_DAYS,
): TopologyStatus {
  const members: MemberStatus[] = watch.members.map((w) => {
    const live = s.members[w.key];
    return {
      key: w.key,
      serviceGroup: w.serviceGroup,
      vservers: w.vservers,
      server: w.server,
      ip: live?.ip ?? null,
      port: w.port,
      state: live?.state ?? (s.updatedAt ? MISSING : "UNKNOWN"),
      enabled: live?.enabled ?? true,
      customServerId: live?.customServerId ?? null,
      since: live?.since ?? null,
      // From the monitor read the poller makes only while a member is DOWN.
      reason: live && live.state === "DOWN" ? monitorReason(live.monitor) : null,
    };
  });
  const vservers: VserverStatus[] = watch.vservers.map((w) => {
    const live = s.vservers[w.name];
    const own = members.filter((m) => w.groups.includes(m.serviceGroup));
    return {
      key: w.key,
      name: w.name,
      ip: live?.ip ?? null,
      port: live?.port ?? null,
      type: live?.type ?? null,
      state: live?.state ?? (s.updatedAt ? MISSING : "UNKNOWN"),
      enabled: live?.enabled ?? true,
      health: live?.health ?? null,
      activeMembers: live?.active ?? own.filter((m) => m.state === "UP").length,
      totalMembers: live?.total ?? own.length,
      since: live?.since ?? null,
    };
  });
  return {
    topologyId: watch.topologyId,
    notice: null,
    appliance: applianceBar(s, now),
    vservers,
    members,
    drift,
    certificates: certificateWarnings({
      used: watch.certificates ?? [],
      certificates: s.certificates,
      readAt: s.certificatesReadAt,
      thresholds: certWarnDays,
    }),
    generatedAt: now.toISOString(),
  };
}
