// How long a session lives: it ends after SESSION_IDLE_MINUTES without a request, and
// SESSION_MAX_HOURS after sign-in however busy it is (ASVS 3.3.2). better-auth's expiresAt
// carries the absolute limit (refresh is off, so it stays createdAt + the limit); the idle
// limit is ours: getAppSession (lib/auth/session.ts) stamps the row's updatedAt as the last
// activity, at most once a minute, and ends the session when it is too old. Pure, so the rule
// is tested without a request.
import type { Env } from "@/lib/env";

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export function sessionLimits(env: Pick<Env, "SESSION_IDLE_MINUTES" | "SESSION_MAX_HOURS">) {
  return {
    idleMs: env.SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: env.SESSION_MAX_HOURS * 3_600_000,
  } satisfies SessionLimits;
}

/** Last activity is recorded to the minute: one write a minute at most per session. */
export const ACTIVITY_RESOLUTION_MS = 60_000;

export interface SessionTimes {
  createdAt: Date;
  /** The last request, to ACTIVITY_RESOLUTION_MS. */
  updatedAt: Date;
}

/** Why the session is over at `now`, or null while it may go on. */
export function sessionEnd(
  session: SessionTimes,
  now: number,
  limits: SessionLimits,
): "idle" | "absolute" | null {
  if (now - session.createdAt.getTime() >= limits.absoluteMs) return "absolute";
  if (now - session.updatedAt.getTime() >= limits.idleMs) return "idle";
  return null;
}

export function needsActivityStamp(session: SessionTimes, now: number): boolean {
  return now - session.updatedAt.getTime() >= ACTIVITY_RESOLUTION_MS;
}
