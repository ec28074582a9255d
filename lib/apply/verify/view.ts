// The stored verification as the run view shows it: parsed defensively (it is JSON in the
// database), and a check whose process died (still pending or checking long after its time
// was up) reads as interrupted instead of spinning forever.
import type { ApplyVerification, VerificationOutcome } from "./types";

/** Slack past the limit for an apply's own duration before an open check counts as dead. */
const GRACE_MS = 10 * 60_000;

const OUTCOMES: readonly VerificationOutcome[] = [
  "pending",
  "checking",
  "settled",
  "not_settled",
  "failed",
  "interrupted",
];

function isVerification(value: unknown): value is ApplyVerification {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<ApplyVerification>;
  return (
    typeof v.outcome === "string" &&
    OUTCOMES.includes(v.outcome) &&
    typeof v.startedAt === "string" &&
    Array.isArray(v.vservers)
  );
}

export function verificationView(stored: unknown, now: Date): ApplyVerification | null {
  if (!isVerification(stored)) return null;
  const open = stored.outcome === "pending" || stored.outcome === "checking";
  const age = now.getTime() - Date.parse(stored.startedAt);
  if (open && age > stored.limitSeconds * 1000 + GRACE_MS)
    return {
      ...stored,
      outcome: "interrupted",
      error: "The check stopped before it finished (the server was restarted).",
    };
  return stored;
}

export function isVerificationOpen(verification: ApplyVerification | null): boolean {
  return verification?.outcome === "pending" || verification?.outcome === "checking";
}
