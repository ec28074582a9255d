// The audit events of apply runs: each start (fresh, resumed, rollback) and each end, with the
// actor and the address the request came from, so the log answers who changed an appliance.
import { audit } from "@/lib/audit/record";
import type { ApplyRunStatus } from "@/lib/apply/store/runs";
import type { ApplyOptions, ApplyTarget } from "./types";

export type RunAuditAction =
  | "topology.apply_started"
  | "topology.apply_resumed"
  | "topology.apply"
  | "topology.rollback_started"
  | "topology.rollback";

/** What a run's events may carry: ids, counts, statuses and messages, never secrets. */
export type RunAuditDetail = Record<string, string | number | boolean | null | string[]>;

export async function recordRunEvent(
  target: ApplyTarget,
  action: RunAuditAction,
  detail: RunAuditDetail & { runId: string; status?: ApplyRunStatus },
): Promise<void> {
  const actor = {
    userId: target.actorId,
    workspaceId: target.workspaceId,
    clientAddress: target.origin?.clientAddress ?? null,
    // The origin's detail (e.g. via: "cli") never overrides the run's own facts.
    via: target.origin?.via,
  };
  await audit(actor, action, {
    type: "topology",
    id: target.topologyId,
    detail: { ...detail, applianceId: target.applianceId },
  });
}

/** A run holds the appliance lock: fresh, or resuming an interrupted run. */
export function recordRunStart(
  target: ApplyTarget & { resumeOfId?: string },
  runId: string,
  options: ApplyOptions,
): Promise<void> {
  return recordRunEvent(
    target,
    target.resumeOfId ? "topology.apply_resumed" : "topology.apply_started",
    {
      runId,
      resumeOfId: target.resumeOfId ?? null,
      adopt: [...(options.adopt ?? [])],
      confirmReplace: options.confirmReplace ?? false,
      saveConfig: options.saveConfig ?? true,
    },
  );
}
