// When an exchange may be repeated. Reads are idempotent, so they are retried on timeouts,
// connection failures and 502/503/504. Writes are retried only when the failure happened
// before the request left this machine: a write that may have reached the appliance is never
// resent (a duplicate add would turn into a confusing "already exists").
import { NitroError } from "./errors";
import type { NitroMethod } from "./errors";

const BASE_DELAY_MS = 200;
const MAX_DELAY_MS = 3_000;

/** Exponential backoff with jitter: ~200, 400, 800 … ms, capped. */
export function backoffDelay(attempt: number, baseMs = BASE_DELAY_MS): number {
  const exp = Math.min(MAX_DELAY_MS, baseMs * 2 ** attempt);
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const TRANSIENT_STATUSES = new Set([502, 503, 504]);

export function isRetryable(error: unknown, method: NitroMethod): boolean {
  if (!(error instanceof NitroError)) return false;
  // Trust and credential problems do not heal by repetition.
  if (error.kind === "tls" || error.kind === "tls_pin_mismatch") return false;
  if (error.kind === "dns" && error.code === "ENOTFOUND") return false;
  const transport =
    error.kind === "timeout" || error.kind === "unreachable" || error.kind === "dns";
  if (transport && error.requestSent === false) return true;
  if (method !== "GET") return false;
  return transport || (error.httpStatus !== undefined && TRANSIENT_STATUSES.has(error.httpStatus));
}

export async function withRetries<T>(
  method: NitroMethod,
  retries: number,
  run: () => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= retries || !isRetryable(error, method)) throw error;
      await sleep(backoffDelay(attempt));
    }
  }
}
