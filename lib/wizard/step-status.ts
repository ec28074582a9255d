// The stepper's mark per step says what is true of it: done, has errors, has warnings, not
// started, in progress, failed, or part-way through a checklist ("n of m"). Issues count for
// the step whose page asks for their field (fieldStep); review and apply need the whole topology valid.
// "Done" differs per step: a form step is visited and valid; Prerequisites and After the
// NetScaler have every item ticked; Review has a plan for the current version; Apply's latest
// run for this topology succeeded.
import type { ApplyRunStatus } from "@/lib/apply/run-status";
import type { TopologyDraft } from "@/lib/topology/schema/document";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import type { StepId } from "@/lib/topology/schema/steps";
import type { ValidationResult } from "@/lib/topology/validate/issues";
import type { ShownChecklists } from "./shown-checklists";
import { fieldStep, wizardStepIds } from "./steps";

export type StepState =
  "done" | "errors" | "warnings" | "unvisited" | "partial" | "running" | "failed";

export interface StepStatus {
  state: StepState;
  errors: number;
  warnings: number;
  /** Checklist steps: items ticked and items in all. */
  ticked?: { done: number; total: number };
}

/** What the document alone does not say: whether a plan was made, and the latest run. */
export interface StepProgress {
  /** A plan was read for the version being edited (reset by any edit). */
  planned: boolean;
  /** Status of this topology's latest apply run; null when it was never applied. */
  latestRun: ApplyRunStatus | null;
}

export function issueCounts(kind: TopologyKind, result: ValidationResult) {
  const counts = new Map<StepId, { errors: number; warnings: number }>();
  const bump = (path: string, field: "errors" | "warnings") => {
    const step = fieldStep(kind, path) ?? "review";
    const entry = counts.get(step) ?? { errors: 0, warnings: 0 };
    entry[field] += 1;
    counts.set(step, entry);
  };
  for (const issue of result.errors) bump(issue.path, "errors");
  for (const issue of result.warnings) bump(issue.path, "warnings");
  return counts;
}

/** Ticked items of a checklist, counted against the ids the draft shows (shown-checklists.ts). */
export function tickCount(
  doc: TopologyDraft,
  list: "prerequisites" | "after",
  shown: ShownChecklists,
) {
  const ids = shown[list];
  const ticks: Partial<Record<string, { done?: boolean }>> = doc[list] ?? {};
  return {
    done: ids.filter((id) => ticks[id]?.done === true).length,
    total: ids.length,
  };
}

function runState(run: ApplyRunStatus | null): StepState {
  if (run === null) return "unvisited";
  if (run === "SUCCEEDED") return "done";
  if (run === "RUNNING") return "running";
  return "failed";
}

export function stepStatuses(
  doc: TopologyDraft,
  result: ValidationResult,
  visited: ReadonlySet<string>,
  progress: StepProgress,
  shown: ShownChecklists,
): Record<string, StepStatus> {
  const kind = doc.kind;
  const counts = issueCounts(kind, result);
  const out: Record<string, StepStatus> = {};
  for (const step of wizardStepIds(kind)) {
    const own = counts.get(step) ?? { errors: 0, warnings: 0 };
    const seen = visited.has(step);
    if (step === "review" || step === "apply") {
      const errors = result.errors.length;
      const state: StepState =
        step === "apply"
          ? runState(progress.latestRun)
          : seen && errors > 0
            ? "errors"
            : progress.planned
              ? "done"
              : "unvisited";
      out[step] = { state, errors, warnings: 0 };
    } else if (step === "prerequisites" || step === "after") {
      const ticked = tickCount(doc, step, shown);
      const complete = ticked.done === ticked.total;
      // Prerequisites' unticked items are its warnings; the checklist count says them instead.
      const state: StepState =
        seen && own.errors > 0
          ? "errors"
          : complete && (seen || step === "after")
            ? "done"
            : seen || step === "after"
              ? "partial"
              : "unvisited";
      out[step] = { state, errors: own.errors, warnings: own.warnings, ticked };
    } else {
      const state: StepState = !seen
        ? "unvisited"
        : own.errors > 0
          ? "errors"
          : own.warnings > 0
            ? "warnings"
            : "done";
      out[step] = { state, errors: own.errors, warnings: own.warnings };
    }
  }
  return out;
}

/** What a screen reader hears after the step's name (the mark itself is only an icon). */
export function stepStateText(status: StepStatus): string {
  const ticked = status.ticked ? `${status.ticked.done} of ${status.ticked.total} done` : "";
  switch (status.state) {
    case "done":
      return "done";
    case "errors":
      return `has errors, ${status.errors} to fix`;
    case "warnings":
      return `done with ${status.warnings} ${status.warnings === 1 ? "warning" : "warnings"}`;
    case "partial":
      return ticked;
    case "running":
      return "in progress";
    case "failed":
      return "failed";
    case "unvisited":
      return "not started";
  }
}

/**
 * Steps to treat as visited: those saved from (revisions), the last one worked on, and every
 * step before the furthest of these (the wizard is walked in order).
 */
export function visitedSteps(
  kind: TopologyKind,
  savedSteps: readonly string[],
  lastStep: string | null,
): Set<string> {
  const ids = wizardStepIds(kind);
  const seen = [...savedSteps, ...(lastStep ? [lastStep] : [])];
  const furthest = seen.reduce((max, s) => Math.max(max, ids.indexOf(s as StepId)), -1);
  return new Set(ids.slice(0, furthest + 1));
}
