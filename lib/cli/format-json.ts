// A plan for programs: exactly one JSON object. Plans never hold secret values (the planner
// masks them), so nothing needs removing here.
import type { Plan } from "@/lib/topology/plan";

export function planJson(plan: Plan): string {
  return JSON.stringify(
    {
      items: plan.items.map(({ id, action, resource, label, changes }) => ({
        id,
        action,
        resource,
        label,
        changes,
      })),
      summary: plan.summary,
      missingReferences: plan.missingReferences,
      hash: plan.hash,
    },
    null,
    2,
  );
}
