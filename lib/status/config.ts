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

/** A poller with no viewer for this many intervals stops (and releases its lease). */
export const IDLE_INTERVALS = 12;

/** The data counts as stale after this many intervals without a good poll. */
export const STALE_AFTER_INTERVALS = 3;

/** Drift (a full plan, several NITRO reads) is computed at most this often per topology. */
export const DRIFT_EVERY_MS = 5 * 60_000;
