// Refusals are expected outcomes the admin can act on, so they are ActionErrors (shown as
// they are by the action wrapper). `reason` lets the UI offer the right next step.
import { ActionError } from "@/lib/action-result";
import type { PlanBlocker } from "@/lib/topology/plan";

export type RefusalReason =
  "busy" | "blocked" | "stale-plan" | "secondary" | "not-found" | "wrong-state";

export class ApplyRefusedError extends ActionError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    readonly details: { runId?: string; blockers?: PlanBlocker[] } = {},
  ) {
    super(message, reason === "not-found" ? "NOT_FOUND" : "CONFLICT");
    this.name = "ApplyRefusedError";
  }
}
