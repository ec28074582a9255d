// Turns a plan into ordered stages. Removals (deletes and the delete half of replaces) run
// first, highest level first, so bindings are undone before what they bind and a freed IP or
// VIP can be reused; then creates and updates run lowest level first. Objects on one level do
// not depend on each other (desired.ts), so each stage may run in parallel.
import type { DesiredConfig, DesiredObject } from "@/lib/topology/compile/desired";
import type { Plan, PlanItem } from "@/lib/topology/plan";

export type Operation =
  | { kind: "create" | "update" | "adopt"; item: PlanItem; object: DesiredObject }
  | { kind: "delete"; item: PlanItem };

export interface Stage {
  phase: "remove" | "write";
  level: number;
  operations: Operation[];
}

function group(operations: Operation[], phase: Stage["phase"]): Stage[] {
  const byLevel = new Map<number, Operation[]>();
  for (const op of operations) {
    byLevel.set(op.item.level, [...(byLevel.get(op.item.level) ?? []), op]);
  }
  const levels = [...byLevel.keys()].sort((a, b) => (phase === "remove" ? b - a : a - b));
  return levels.map((level) => ({ phase, level, operations: byLevel.get(level) ?? [] }));
}

export function schedule(plan: Plan, desired: DesiredConfig): Stage[] {
  const objects = new Map(desired.objects.map((object) => [object.id, object]));
  const removals: Operation[] = [];
  const writes: Operation[] = [];
  for (const item of plan.items) {
    if (item.action === "delete") {
      removals.push({ kind: "delete", item });
      continue;
    }
    const object = objects.get(item.id);
    if (!object) continue;
    if (item.adopt) writes.push({ kind: "adopt", item, object });
    switch (item.action) {
      case "replace":
        removals.push({ kind: "delete", item });
        writes.push({ kind: "create", item, object });
        break;
      case "create":
        writes.push({ kind: "create", item, object });
        break;
      case "update":
        writes.push({ kind: "update", item, object });
        break;
      default:
        break;
    }
  }
  return [...group(removals, "remove"), ...group(writes, "write")];
}

/** Number of NITRO-changing operations (adoptions only change ownership records). */
export function countChanges(stages: readonly Stage[]): number {
  return stages.reduce(
    (n, stage) => n + stage.operations.filter((op) => op.kind !== "adopt").length,
    0,
  );
}
