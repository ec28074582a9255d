// Pure snapshot bookkeeping: fold a poll result (or failure) into the previous snapshot and
// list the state changes to store. A failed poll keeps the last good data (shown as stale).
import { APPLIANCE_KEY, memberKey, vserverKey } from "./keys";
import type { HaState } from "@/lib/nitro";
import type { ApplianceRead } from "./read-appliance";
import type { ApplianceSnapshot, LiveHa, LiveMember, LiveVserver, StatusFailure } from "./types";

export interface Transition {
  objectKey: string;
  label: string;
  fromState: string | null;
  toState: string;
  at: Date;
}

export function emptySnapshot(applianceId: string, intervalMs: number): ApplianceSnapshot {
  return {
    applianceId,
    vservers: {},
    members: {},
    // Not read yet: seedSnapshot() fills it from the stored snapshot, else the first HA read.
    haRole: "pending",
    haReadAt: null,
    configChanged: null,
    updatedAt: null,
    checkedAt: null,
    failure: null,
    consecutiveFailures: 0,
    intervalMs,
  };
}

const REACHABLE = "REACHABLE";

function reachability(s: ApplianceSnapshot): string | null {
  if (s.failure) return s.failure.kind.toUpperCase();
  return s.updatedAt ? REACHABLE : null;
}

export function applyRead(
  prev: ApplianceSnapshot,
  read: ApplianceRead,
  now: Date,
): { snapshot: ApplianceSnapshot; transitions: Transition[] } {
  const at = now.toISOString();
  const transitions: Transition[] = [];
  const vservers: Record<string, LiveVserver> = {};
  for (const [name, v] of Object.entries(read.vservers)) {
    const before = prev.vservers[name];
    const changed = before !== undefined && before.state !== v.state;
    // The appliance reports no change time for vservers: carry ours forward.
    // Like members: the appliance's own change time when it reports one.
    vservers[name] = { ...v, since: v.since ?? (changed ? at : (before?.since ?? null)) };
    if (changed)
      transitions.push({
        objectKey: vserverKey(name),
        label: `LB vserver ${name}`,
        fromState: before.state,
        toState: v.state,
        at: now,
      });
  }
  const members: Record<string, LiveMember> = {};
  for (const [key, m] of Object.entries(read.members)) {
    const before = prev.members[key];
    const changed = before !== undefined && before.state !== m.state;
    members[key] = { ...m, since: m.since ?? (changed ? at : (before?.since ?? null)) };
    if (changed)
      transitions.push({
        objectKey: memberKey(m.serviceGroup, m.server, m.port),
        label: `Member ${m.server}:${m.port} of ${m.serviceGroup}`,
        fromState: before.state,
        toState: m.state,
        at: now,
      });
  }
  const snapshot: ApplianceSnapshot = {
    ...prev,
    vservers,
    members,
    haRole: read.ha?.role ?? prev.haRole,
    haReadAt: read.ha ? at : (prev.haReadAt ?? null),
    ha: read.ha ? liveHa(read.ha) : (prev.ha ?? null),
    certificates: read.certificates ?? prev.certificates,
    certificatesReadAt: read.certificates ? at : (prev.certificatesReadAt ?? null),
    configChanged: read.configChanged !== undefined ? read.configChanged : prev.configChanged,
    updatedAt: at,
    checkedAt: at,
    failure: null,
    consecutiveFailures: 0,
  };
  return { snapshot, transitions: [...reachabilityChange(prev, snapshot, now), ...transitions] };
}

function liveHa(ha: HaState): LiveHa {
  return {
    peerAddress: ha.peerAddress ?? null,
    primaryAddress: ha.primaryAddress ?? null,
    peerRole: ha.peerRole ?? null,
    haStatus: ha.haStatus ?? null,
    syncState: ha.syncState ?? null,
    syncFailureReason: ha.syncFailureReason ?? null,
  };
}

/**
 * A new poller's first snapshot: the HA reading and certificates of the snapshot stored by the
 * last poller of this appliance (any instance, any earlier run), so the page shows the known HA
 * role from the first poll although the poll that logs in has no room for an HA read, and the
 * hourly certificate read is not repeated on every restart.
 */
export function seedSnapshot(
  fresh: ApplianceSnapshot,
  stored: ApplianceSnapshot | null,
): ApplianceSnapshot {
  if (!stored || stored.applianceId !== fresh.applianceId) return fresh;
  return {
    ...fresh,
    // Only a hanode reading: snapshots stored before it (stat/ns roles) called a standalone box
    // "primary".
    haRole: stored.haReadAt ? stored.haRole : fresh.haRole,
    haReadAt: stored.haReadAt ?? null,
    ha: stored.ha ?? null,
    certificates: stored.certificates,
    certificatesReadAt: stored.certificatesReadAt ?? null,
  };
}

export function applyFailure(
  prev: ApplianceSnapshot,
  failure: StatusFailure,
  now: Date,
): { snapshot: ApplianceSnapshot; transitions: Transition[] } {
  const snapshot: ApplianceSnapshot = {
    ...prev,
    checkedAt: now.toISOString(),
    failure,
    consecutiveFailures: prev.consecutiveFailures + 1,
  };
  return { snapshot, transitions: reachabilityChange(prev, snapshot, now) };
}

function reachabilityChange(
  prev: ApplianceSnapshot,
  next: ApplianceSnapshot,
  now: Date,
): Transition[] {
  const from = reachability(prev);
  const to = reachability(next);
  if (!to || from === to) return [];
  return [{ objectKey: APPLIANCE_KEY, label: "Appliance", fromState: from, toState: to, at: now }];
}
