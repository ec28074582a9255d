// Scheduled drift checks of one appliance's topologies: the planner's own diff (a plan with
// changes = drift), run only by the appliance's lease holder, in the background after a poll,
// one plan at a time, and stored (drift-store.ts) for every instance to show. A plan costs
// several NITRO reads, so it is never part of a poll's request budget.
import { ApplyRefusedError, planTopology } from "@/lib/apply";
import { dueDriftChecks, storeDriftResult } from "@/lib/status/drift-store";
import { log } from "@/lib/log";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { Plan } from "@/lib/topology/plan";
import { describeFailure } from "./failure";
import type { DriftDifference } from "./types";

export interface DriftTarget {
  topologyId: string;
  desired: DesiredConfig;
}

export interface DriftSchedulerOptions {
  workspaceId: string;
  applianceId: string;
  /** DRIFT_CHECK_INTERVAL_MINUTES in ms; 0 = only checks someone asked for. */
  everyMs: number;
  /** Called after a result is stored (tests and the registry's events wait on it). */
  onChecked?: (topologyId: string) => void;
}

/** The plan's change lines: action, object and attribute names — never a value. */
export function differencesOf(plan: Plan): DriftDifference[] {
  return plan.items
    .filter((item) => item.action !== "unchanged")
    .map((item) => ({
      action: item.action,
      resource: item.resource,
      label: item.label,
      attributes: item.changes.map((c) => c.name),
    }));
}

export class DriftScheduler {
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: DriftSchedulerOptions) {}

  /** Starts the due checks in the background unless some are still running. */
  kick(targets: readonly DriftTarget[]): void {
    if (this.running || this.stopped || targets.length === 0) return;
    this.running = this.runDue(targets)
      .catch((error: unknown) => {
        log.warn(`drift checks for appliance ${this.options.applianceId}: ${String(error)}`);
      })
      .finally(() => {
        this.running = undefined;
      });
  }

  /** Waits for a running check to end; no new one starts. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async runDue(targets: readonly DriftTarget[]): Promise<void> {
    const { applianceId, everyMs } = this.options;
    const due = await dueDriftChecks(
      applianceId,
      targets.map((t) => t.topologyId),
      everyMs,
    );
    for (const target of targets) {
      if (this.stopped) return;
      if (due.has(target.topologyId)) await this.check(target);
    }
  }

  private async check(target: DriftTarget): Promise<void> {
    const { workspaceId, applianceId } = this.options;
    const startedAt = new Date();
    let plan: Plan | null = null;
    let error: string | null = null;
    try {
      plan = await planTopology({ workspaceId, applianceId, ...target });
    } catch (failure) {
      // Refusals (topology or appliance gone) carry words for people; NITRO errors get ours.
      error =
        failure instanceof ApplyRefusedError ? failure.message : describeFailure(failure).message;
      log.warn(`drift check for topology ${target.topologyId} failed: ${error}`);
    }
    await storeDriftResult({
      topologyId: target.topologyId,
      applianceId,
      startedAt,
      checkedAt: new Date(),
      plan: plan
        ? { changes: plan.summary.changes, differences: differencesOf(plan), planHash: plan.hash }
        : null,
      error,
    });
    this.options.onChecked?.(target.topologyId);
  }
}
