// The stepper's state per step: valid, has errors, or not visited yet. Issues count for the
// step that owns their top-level key; review and apply need the whole topology valid.
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { inputlessStepIds, type StepId } from "@/lib/topology/schema/steps";
import type { ValidationResult } from "@/lib/topology/validate/issues";
import { owningStep, wizardStepIds } from "./steps";

export type StepState = "valid" | "errors" | "unvisited";

export interface StepStatus {
  state: StepState;
  errors: number;
  warnings: number;
}

export function issueCounts(kind: TopologyKind, result: ValidationResult) {
  const counts = new Map<StepId, { errors: number; warnings: number }>();
  const bump = (path: string, field: "errors" | "warnings") => {
    const step = owningStep(kind, path.split(".")[0] ?? "") ?? "review";
    const entry = counts.get(step) ?? { errors: 0, warnings: 0 };
    entry[field] += 1;
    counts.set(step, entry);
  };
  for (const issue of result.errors) bump(issue.path, "errors");
  for (const issue of result.warnings) bump(issue.path, "warnings");
  return counts;
}

export function stepStatuses(
  kind: TopologyKind,
  result: ValidationResult,
  visited: ReadonlySet<string>,
): Record<string, StepStatus> {
  const counts = issueCounts(kind, result);
  const out: Record<string, StepStatus> = {};
  for (const step of wizardStepIds(kind)) {
    const inputless = (inputlessStepIds as readonly string[]).includes(step);
    const own = counts.get(step) ?? { errors: 0, warnings: 0 };
    const errors = inputless ? result.errors.length : own.errors;
    const warnings = inputless ? 0 : own.warnings;
    const state: StepState = !visited.has(step) ? "unvisited" : errors > 0 ? "errors" : "valid";
    out[step] = { state, errors, warnings };
  }
  return out;
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
