// The verification an apply run records after it succeeded: did every vserver of the topology
// come UP with all its members within APPLY_VERIFY_SECONDS, and if not, which and why.

/**
 * pending: the apply is still running; checking: watching the vservers settle; settled: every
 * vserver UP with all members; not_settled: the time ran out first; failed: the appliance
 * could not be read; interrupted: the process stopped while checking.
 */
export type VerificationOutcome =
  "pending" | "checking" | "settled" | "not_settled" | "failed" | "interrupted";

export interface VerifiedMember {
  serviceGroup: string;
  server: string;
  port: number;
  /** NITRO state token; MISSING when the appliance has no such member. */
  state: string;
  /** The monitor's state and last response for a member that is not UP, when the appliance says. */
  reason: string | null;
}

export interface VerifiedVserver {
  name: string;
  /** NITRO state token (effective state); MISSING when the vserver is not on the appliance. */
  state: string;
  /** UP, and every member UP. */
  up: boolean;
  activeMembers: number;
  totalMembers: number;
  /** Every member behind the vserver. */
  members: VerifiedMember[];
}

export interface ApplyVerification {
  outcome: VerificationOutcome;
  /** APPLY_VERIFY_SECONDS when it started. */
  limitSeconds: number;
  startedAt: string;
  finishedAt: string | null;
  /** Reads of the appliance made so far. */
  checks: number;
  /** As last read (empty before the first read). */
  vservers: VerifiedVserver[];
  /** Why it could not check (failed, interrupted); never a secret. */
  error: string | null;
}
