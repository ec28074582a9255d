// Deleting an object takes what hangs off it with it (a service group its members, a vserver
// its bindings) or is refused while something is bound (a server with members). So when an
// object is replaced, every existing object that depends on it is replaced too.
import type { DesiredConfig } from "../compile/desired";
import type { PlanItem } from "./types";

export function propagateReplacements(items: PlanItem[], desired: DesiredConfig): void {
  const dependents = new Map<string, string[]>();
  for (const object of desired.objects) {
    for (const dependency of object.dependsOn) {
      dependents.set(dependency, [...(dependents.get(dependency) ?? []), object.id]);
    }
  }
  const byId = new Map(items.map((item) => [item.id, item]));
  const queue = items.filter((item) => item.action === "replace");
  while (queue.length > 0) {
    const cause = queue.shift();
    if (!cause) break;
    for (const id of dependents.get(cause.id) ?? []) {
      const item = byId.get(id);
      if (!item || (item.action !== "unchanged" && item.action !== "update")) continue;
      item.action = "replace";
      item.dangerous = true;
      item.reason = `Re-created because ${cause.label} is replaced`;
      queue.push(item);
    }
  }
}
