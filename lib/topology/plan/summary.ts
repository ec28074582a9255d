// Counts per action, and what stands between a plan and an apply.
import type { Plan, PlanItem, PlanSummary } from "./types";

export function summarise(
  items: readonly PlanItem[],
  missingReferences: number,
  releases: number,
): PlanSummary {
  const summary: PlanSummary = {
    create: 0,
    update: 0,
    unchanged: 0,
    replace: 0,
    delete: 0,
    conflict: 0,
    total: items.length,
    changes: 0,
    missingReferences,
    releases,
  };
  for (const item of items) summary[item.action] += 1;
  summary.changes = summary.create + summary.update + summary.replace + summary.delete;
  return summary;
}

export type PlanBlocker =
  | { kind: "conflict"; ids: string[]; message: string }
  | { kind: "missing-reference"; ids: string[]; message: string }
  | { kind: "replace-unconfirmed"; ids: string[]; message: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Reasons an apply of this plan is refused; empty = it may run. */
export function planBlockers(
  plan: Plan,
  options: { confirmReplace?: boolean } = {},
): PlanBlocker[] {
  const blockers: PlanBlocker[] = [];
  const conflicts = plan.items.filter((item) => item.action === "conflict");
  if (conflicts.length > 0) {
    blockers.push({
      kind: "conflict",
      ids: conflicts.map((item) => item.id),
      message: `${plural(conflicts.length, "object conflicts", "objects conflict")} with the appliance: ${conflicts.map((item) => `${item.label} (${item.reason ?? "exists"})`).join("; ")}`,
    });
  }
  if (plan.missingReferences.length > 0) {
    const names = [...new Set(plan.missingReferences.map((r) => `${r.resource} "${r.name}"`))];
    blockers.push({
      kind: "missing-reference",
      ids: plan.missingReferences.map((r) => r.objectId),
      message: `Missing on the appliance: ${names.join(", ")}`,
    });
  }
  const replaces = plan.items.filter((item) => item.action === "replace");
  if (replaces.length > 0 && !options.confirmReplace) {
    blockers.push({
      kind: "replace-unconfirmed",
      ids: replaces.map((item) => item.id),
      message: `${plural(replaces.length, "object is", "objects are")} deleted and re-created (traffic through them is interrupted): confirm to apply`,
    });
  }
  return blockers;
}
