// "Planned" in the audit log: someone looked at what an apply would change on an appliance.
// The review page polls the plan, so it is recorded at most once per person and topology per
// window (lib/audit/coalesced.ts).
import { recordCoalescedAudit } from "@/lib/audit/coalesced";
import { getDb } from "@/lib/db/client";
import type { Plan } from "@/lib/topology/plan";

export interface PlannedBy {
  actorId: string;
  ipAddress: string | null;
  /** Added to the event's detail, e.g. { via: "cli" }. */
  detail?: Readonly<Record<string, string>>;
}

export async function recordPlanned(
  planned: PlannedBy & { workspaceId: string; topologyId: string; applianceId: string },
  plan: Plan,
  now?: Date,
): Promise<boolean> {
  const event = {
    workspaceId: planned.workspaceId,
    actorId: planned.actorId,
    action: "topology.planned",
    targetType: "topology",
    targetId: planned.topologyId,
    detail: {
      ...planned.detail,
      applianceId: planned.applianceId,
      changes: plan.summary.changes,
      conflicts: plan.summary.conflict,
    },
    ipAddress: planned.ipAddress,
  };
  return getDb().$transaction((tx) => recordCoalescedAudit(event, tx, now));
}
