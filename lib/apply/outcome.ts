// What a failed NITRO write means for the apply: definitely not applied, maybe applied (the
// request may have reached the appliance: verify by reading back), or "already exists"
// (verify, then adopt). Messages are scrubbed of the object's secret values.
import { isNitroError } from "@/lib/nitro";
import type { StepOutcome } from "@/lib/apply/store/steps";

export type WriteVerdict = "failed" | "uncertain" | "exists" | "absent";

export interface WriteFailure {
  verdict: WriteVerdict;
  errorcode?: number;
  errorKind?: string;
  message: string;
}

/** NITRO codes meaning "this object/binding is already there" (REFERENCE §4). */
const EXISTS_CODES = new Set([273, 433, 2133]);
const MAYBE_APPLIED = new Set(["timeout", "unreachable", "bad_response", "not_nitro"]);

export function scrub(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) if (secret.length >= 3) out = out.split(secret).join("***");
  return out;
}

export function classifyError(error: unknown, secrets: readonly string[] = []): WriteFailure {
  if (!isNitroError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return { verdict: "failed", message: scrub(message, secrets) };
  }
  const base = {
    errorcode: error.errorcode,
    errorKind: error.kind,
    message: scrub(error.message, secrets),
  };
  if (error.kind === "not_found") return { ...base, verdict: "absent" };
  if (error.kind === "already_exists") return { ...base, verdict: "exists" };
  if (MAYBE_APPLIED.has(error.kind) && error.requestSent !== false) {
    return { ...base, verdict: "uncertain" };
  }
  return { ...base, verdict: "failed" };
}

/** One item of a bulk reply (errorcode only, no error object). */
export function classifyBulkItem(errorcode: number | undefined, message: string | undefined) {
  const verdict: WriteVerdict =
    errorcode !== undefined && EXISTS_CODES.has(errorcode) ? "exists" : "failed";
  return { verdict, errorcode, message: message ?? "Failed" } satisfies WriteFailure;
}

export function failedOutcome(failure: WriteFailure, durationMs: number): StepOutcome {
  return {
    result: "FAILED",
    errorcode: failure.errorcode,
    errorKind: failure.errorKind,
    message: failure.message,
    durationMs,
  };
}
