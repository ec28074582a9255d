// Pure: the stored drift check as the status JSON shows it, and the "watching" line (last
// poll, interval, next drift check) of a topology.
import type { StoredDriftCheck } from "@/lib/status/drift-store";
import type { ApplianceSnapshot, DriftStatus, WatchingStatus } from "./types";

export function planUrlOf(topologyId: string): string {
  return `/topologies/${topologyId}/review`;
}

/** null until a check on this appliance produced a plan (a failed first check shows as error). */
export function driftStatusOf(
  stored: StoredDriftCheck | null,
  applianceId: string,
): DriftStatus | null {
  if (!stored || stored.applianceId !== applianceId || !stored.checkedAt) return null;
  if (stored.changes === null) return null;
  return {
    changes: stored.changes,
    checkedAt: stored.checkedAt.toISOString(),
    planUrl: planUrlOf(stored.topologyId),
    differences: stored.differences,
    planHash: stored.planHash,
    error: stored.error,
  };
}

/** When the next drift check is due: asked for or never run = at the next poll. */
export function nextDriftCheckAt(
  stored: StoredDriftCheck | null,
  applianceId: string,
  driftEveryMs: number,
  nextPollAt: Date,
): Date | null {
  const checked = stored?.applianceId === applianceId ? stored.checkedAt : null;
  const asked = stored?.requestedAt && (!checked || stored.requestedAt > checked);
  if (asked) return nextPollAt;
  if (driftEveryMs <= 0) return null;
  if (!checked) return nextPollAt;
  const due = new Date(checked.getTime() + driftEveryMs);
  return due < nextPollAt ? nextPollAt : due;
}

export function watchingOf(input: {
  watched: boolean;
  snapshot: ApplianceSnapshot;
  intervalMs: number;
  driftEveryMs: number;
  stored: StoredDriftCheck | null;
  now: Date;
}): WatchingStatus {
  const { snapshot, intervalMs, now } = input;
  const last = snapshot.checkedAt ? new Date(snapshot.checkedAt) : null;
  const nextPoll = last && last.getTime() + intervalMs > now.getTime() ? last : now;
  const nextPollAt = new Date(nextPoll === now ? now.getTime() : nextPoll.getTime() + intervalMs);
  const next = nextDriftCheckAt(input.stored, snapshot.applianceId, input.driftEveryMs, nextPollAt);
  return {
    watched: input.watched,
    lastPollAt: snapshot.checkedAt,
    intervalMs,
    nextDriftCheckAt: next ? next.toISOString() : null,
    driftEveryMs: input.driftEveryMs,
    driftError: input.stored?.applianceId === snapshot.applianceId ? input.stored.error : null,
  };
}
