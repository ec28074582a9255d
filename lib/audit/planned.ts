// "Planned" in the audit log: someone looked at what an apply would change on an appliance.
// The review page polls the plan, so it is recorded at most once per person and topology per
// window (lib/audit/coalesced.ts).
import type { Actor } from "@/lib/auth/actor";
import { auditCoalesced } from "@/lib/audit/coalesced";
import { getDb } from "@/lib/db/client";
import type { Plan } from "@/lib/topology/plan";

export async function recordPlanned(
  actor: Actor,
  planned: { topologyId: string; applianceId: string },
  plan: Plan,
  now?: Date,
): Promise<boolean> {
  const target = {
    type: "topology",
    id: planned.topologyId,
    detail: {
      applianceId: planned.applianceId,
      changes: plan.summary.changes,
      conflicts: plan.summary.conflict,
    },
  };
  return getDb().$transaction((tx) => auditCoalesced(actor, "topology.planned", target, tx, now));
}
