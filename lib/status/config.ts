// Status tunables: the two a site may want to change come from the validated environment.
import { getEnv } from "@/lib/env";

/** STATUS_POLL_INTERVAL_MS: poll interval per appliance (default 5000, 500–300000). */
export function statusIntervalMs(): number {
  return getEnv().STATUS_POLL_INTERVAL_MS;
}

/** STATUS_HISTORY_RETENTION_DAYS: how long transitions are kept (default 30, 1–3650). */
export function statusRetentionDays(): number {
  return getEnv().STATUS_HISTORY_RETENTION_DAYS;
}

/** CERT_WARN_DAYS: certificate warning thresholds in days, largest first (default 30, 7). */
export function certWarnDays(): readonly number[] {
  return getEnv().CERT_WARN_DAYS;
}

/** DRIFT_CHECK_INTERVAL_MINUTES in ms: scheduled drift check per watched topology; 0 = off. */
export function driftCheckIntervalMs(): number {
  return getEnv().DRIFT_CHECK_INTERVAL_MINUTES * 60_000;
}

/**
 * The lease lasts 1.5 intervals and its holder renews it every interval, so one late tick does
 * not lose it; an instance without it retries right when it expires, so a holder that died
 * without releasing is replaced within 1.5 intervals (the promise is two).
 */
export const LEASE_TTL_INTERVALS = 1.5;

/** An on-demand poller (topology not applied) with no viewer for this many intervals stops. */
export const IDLE_INTERVALS = 12;

/** The data counts as stale after this many intervals without a good poll. */
export const STALE_AFTER_INTERVALS = 3;
