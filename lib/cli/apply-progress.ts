// Apply steps as they finish, and the run's outcome, in one line each.
import type { ApplyRunView, ApplyStepView } from "@/lib/apply";

export const ABANDONED =
  "the apply was abandoned where it was, so the appliance may hold part of the changes. " +
  "In a minute (once the run counts as interrupted), run the same apply again to finish it.";

const duration = (ms: number | null) => (ms === null ? "" : ` (${ms} ms)`);

/** The line for a finished step; null while it is still running. */
export function stepLine(step: ApplyStepView): string | null {
  if (step.result === "PENDING") return null;
  const what = `${step.action} ${step.label}`;
  if (step.result === "FAILED") {
    const code = step.errorcode === null ? "" : `NITRO error ${step.errorcode}: `;
    return `✗ ${step.isUndo ? "undo " : ""}${what}${duration(step.durationMs)}  ${code}${step.message ?? "failed"}`;
  }
  if (step.isUndo) return `↺ undo ${what}${duration(step.durationMs)}`;
  if (step.result === "SKIPPED") return `· skipped ${what}`;
  return `✓ ${what}${duration(step.durationMs)}`;
}

export function outcomeLines(run: ApplyRunView, elapsedMs: number): string[] {
  const changed = run.steps.filter((step) => !step.isUndo && step.result !== "SKIPPED").length;
  const time = `${(elapsedMs / 1000).toFixed(1)} s`;
  switch (run.status) {
    case "SUCCEEDED": {
      const saved = run.configSaved
        ? "configuration saved"
        : run.options.saveConfig === false
          ? "configuration not saved (--no-save)"
          : "configuration not saved";
      const lines = [`SUCCEEDED: ${changed} change(s) in ${time}, ${saved}.`];
      if (run.error) lines.push(`Warning: ${run.error}`);
      if (run.driftAfter) {
        lines.push(`Warning: ${run.driftAfter} object(s) still differ on a fresh read; run plan.`);
      }
      return lines;
    }
    case "ROLLED_BACK":
      return [`ROLLED_BACK after ${time}: ${run.error ?? "the apply failed"}`];
    case "FAILED":
      return [`FAILED after ${time}: ${run.error ?? "the apply failed"}`];
    default:
      return [`Stopped after ${time}: ${ABANDONED}`];
  }
}
