// Pure: one step of an alert's life (pending → firing → resolved) for one object, with hold
// time, de-duplication (a notice only when the status changes) and flap suppression (more than
// FLAP_LIMIT changes inside FLAP_WINDOW_MS → one "flapping" notice, then silence until the
// object has kept one status for a whole window, which sends its current status once).

export const FLAP_WINDOW_MS = 10 * 60_000;
export const FLAP_LIMIT = 4;

export type AlertStatus = "pending" | "firing" | "resolved";

export interface AlertLife {
  status: AlertStatus;
  pendingSince: Date | null;
  firingSince: Date | null;
  resolvedAt: Date | null;
  flapChanges: number;
  flapWindowAt: Date | null;
  flapping: boolean;
}

export type NoticeKind = "firing" | "resolved" | "flapping";

export interface Step {
  /** The new life, or null when nothing changed (no write needed). */
  next: AlertLife | null;
  notify: NoticeKind | null;
}

const UNCHANGED: Step = { next: null, notify: null };

function lastChange(life: AlertLife): number {
  return Math.max(life.firingSince?.getTime() ?? 0, life.resolvedAt?.getTime() ?? 0);
}

/** Counts one firing/resolved change; true when this change starts flapping. */
function countChange(life: AlertLife, now: Date): boolean {
  const windowOpen =
    life.flapWindowAt !== null && now.getTime() - life.flapWindowAt.getTime() < FLAP_WINDOW_MS;
  life.flapWindowAt = windowOpen ? life.flapWindowAt : now;
  life.flapChanges = windowOpen ? life.flapChanges + 1 : 1;
  if (!life.flapping && life.flapChanges > FLAP_LIMIT) {
    life.flapping = true;
    return true;
  }
  return false;
}

function settled(life: AlertLife, now: Date): boolean {
  return now.getTime() - lastChange(life) >= FLAP_WINDOW_MS;
}

function fire(life: AlertLife, now: Date): Step {
  const next: AlertLife = { ...life, status: "firing", firingSince: now };
  const startsFlapping = countChange(next, now);
  if (startsFlapping) return { next, notify: "flapping" };
  return { next, notify: next.flapping ? null : "firing" };
}

export function step(prev: AlertLife | null, active: boolean, now: Date, holdMs: number): Step {
  if (!prev || prev.status === "resolved") {
    if (!active) {
      if (prev?.flapping && settled(prev, now))
        return { next: { ...prev, flapping: false, flapChanges: 0 }, notify: "resolved" };
      return UNCHANGED;
    }
    const pending: AlertLife = {
      status: "pending",
      pendingSince: now,
      firingSince: prev?.firingSince ?? null,
      resolvedAt: prev?.resolvedAt ?? null,
      flapChanges: prev?.flapChanges ?? 0,
      flapWindowAt: prev?.flapWindowAt ?? null,
      flapping: prev?.flapping ?? false,
    };
    return holdMs <= 0 ? fire(pending, now) : { next: pending, notify: null };
  }
  if (prev.status === "pending") {
    // Cleared before the hold ran out: it never fired, so nothing is said.
    if (!active) return { next: { ...prev, status: "resolved", pendingSince: null }, notify: null };
    const held = now.getTime() - (prev.pendingSince ?? now).getTime();
    return held >= holdMs ? fire(prev, now) : UNCHANGED;
  }
  // firing
  if (active) {
    if (prev.flapping && settled(prev, now))
      return { next: { ...prev, flapping: false, flapChanges: 0 }, notify: "firing" };
    return UNCHANGED;
  }
  const next: AlertLife = { ...prev, status: "resolved", resolvedAt: now, pendingSince: null };
  const startsFlapping = countChange(next, now);
  if (startsFlapping) return { next, notify: "flapping" };
  return { next, notify: next.flapping ? null : "resolved" };
}
