// Turns a plan into ordered stages by true dependency depth: an object that depends on nothing
// (server, monitor, service group, LB vserver, DNS record) has depth 1; an object that depends
// on others (a binding needs both ends) has depth 1 + the deepest of them (desired.ts
// `dependsOn`). Both examples therefore have depth 2: the objects, then every binding.
// Removals (deletes and the delete half of replaces) run first, deepest first, so bindings are
// undone before what they bind and a freed IP or VIP can be reused; then creates and updates,
// shallowest first. Nothing in one stage depends on anything else in it, so a stage sends its
// writes as parallel bulk requests, one per resource type and kind of change.
import { isBinding } from "./requests";
import type { DesiredConfig, DesiredObject } from "@/lib/topology/compile/desired";
import type { Plan, PlanItem } from "@/lib/topology/plan";

export type Operation =
  | { kind: "create" | "update" | "adopt"; item: PlanItem; object: DesiredObject }
  | { kind: "delete"; item: PlanItem };

export interface Stage {
  phase: "remove" | "write";
  /** Dependency depth of every operation in the stage (1 = depends on nothing). */
  level: number;
  operations: Operation[];
}

/** Depth of every desired object (by id), from its `dependsOn` chain. */
export function dependencyDepths(desired: DesiredConfig): Map<string, number> {
  const objects = new Map(desired.objects.map((object) => [object.id, object]));
  const depths = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (object: DesiredObject): number => {
    const known = depths.get(object.id);
    if (known !== undefined) return known;
    // A cycle cannot come out of compile; treat it as no further dependency rather than loop.
    if (visiting.has(object.id)) return 1;
    visiting.add(object.id);
    let depth = 1;
    for (const id of object.dependsOn) {
      const dependency = objects.get(id);
      if (dependency) depth = Math.max(depth, depthOf(dependency) + 1);
    }
    visiting.delete(object.id);
    depths.set(object.id, depth);
    return depth;
  };
  for (const object of desired.objects) depthOf(object);
  return depths;
}

/** The number of write stages a full apply of this configuration needs. */
export function dependencyDepth(desired: DesiredConfig): number {
  return Math.max(0, ...dependencyDepths(desired).values());
}

function group(operations: Operation[], phase: Stage["phase"], depthOf: (op: Operation) => number) {
  const byLevel = new Map<number, Operation[]>();
  for (const op of operations) {
    const level = depthOf(op);
    byLevel.set(level, [...(byLevel.get(level) ?? []), op]);
  }
  const levels = [...byLevel.keys()].sort((a, b) => (phase === "remove" ? b - a : a - b));
  return levels.map((level) => ({ phase, level, operations: byLevel.get(level) ?? [] }));
}

export function schedule(plan: Plan, desired: DesiredConfig): Stage[] {
  const objects = new Map(desired.objects.map((object) => [object.id, object]));
  const depths = dependencyDepths(desired);
  // An object no longer wanted has no `dependsOn` here: a binding depends on its two ends,
  // every other managed resource on nothing (compile's dependency shape, checked by a test).
  const depthOf = (op: Operation) =>
    depths.get(op.item.id) ?? (isBinding(op.item.resource) ? 2 : 1);
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
  return [...group(removals, "remove", depthOf), ...group(writes, "write", depthOf)];
}

/** Number of NITRO-changing operations (adoptions only change ownership records). */
export function countChanges(stages: readonly Stage[]): number {
  return stages.reduce(
    (n, stage) => n + stage.operations.filter((op) => op.kind !== "adopt").length,
    0,
  );
}
