// A plan as the CLI commands and NITRO requests that would carry it out, in apply order
// (deletes first, highest level first, then creates and updates lowest level first). Pure.
import type { DesiredConfig, DesiredObject } from "@/lib/topology/compile/desired";
import {
  cliForCreate,
  cliForDelete,
  cliForUpdate,
  nitroCreateRequest,
  nitroDeleteRequest,
  nitroUpdateRequests,
  SAVE_COMMAND,
  saveRequest,
  type NitroRequest,
} from "@/lib/topology/export";
import type { Plan, PlanItem } from "@/lib/topology/plan";

interface Step {
  kind: "create" | "update" | "delete";
  object: DesiredObject;
  changed: string[];
}

/** A removed object has no DesiredObject any more: rebuild the identifying part from the item. */
function objectOf(item: PlanItem, desired: ReadonlyMap<string, DesiredObject>): DesiredObject {
  const wanted = desired.get(item.id);
  if (wanted) return wanted;
  return {
    id: item.id,
    resource: item.resource,
    identity: item.identity,
    attributes: { ...item.before, ...item.identity },
    immutable: [],
    dependsOn: [],
    label: item.label,
  };
}

function steps(plan: Plan, config: DesiredConfig): Step[] {
  const desired = new Map(config.objects.map((o) => [o.id, o]));
  const removals = plan.items
    .filter((item) => item.action === "delete" || item.action === "replace")
    .sort((a, b) => b.level - a.level)
    .map((item): Step => ({ kind: "delete", object: objectOf(item, desired), changed: [] }));
  const changes = plan.items
    .filter(
      (item) =>
        item.action === "create" ||
        item.action === "replace" ||
        item.action === "update" ||
        (item.action === "conflict" && item.adopt),
    )
    .sort((a, b) => a.level - b.level)
    .map((item): Step => {
      const object = objectOf(item, desired);
      if (item.action === "create" || item.action === "replace")
        return { kind: "create", object, changed: [] };
      return { kind: "update", object, changed: item.changes.map((change) => change.name) };
    })
    .filter((step) => step.kind === "create" || step.changed.length > 0);
  return [...removals, ...changes];
}

export function planCli(plan: Plan, config: DesiredConfig): string[] {
  const lines = steps(plan, config).flatMap((step) =>
    step.kind === "create"
      ? [cliForCreate(step.object)]
      : step.kind === "delete"
        ? [cliForDelete(step.object)]
        : cliForUpdate(step.object, step.changed),
  );
  return lines.length > 0 ? [...lines, SAVE_COMMAND] : [];
}

export function planNitroRequests(plan: Plan, config: DesiredConfig): NitroRequest[] {
  const requests = steps(plan, config).flatMap((step) =>
    step.kind === "create"
      ? [nitroCreateRequest(step.object)]
      : step.kind === "delete"
        ? [nitroDeleteRequest(step.object)]
        : nitroUpdateRequests(step.object, step.changed),
  );
  return requests.length > 0 ? [...requests, saveRequest] : [];
}
