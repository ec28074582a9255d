// Configuration drift per topology: the planner's own diff (a plan with changes = drift).
// A plan costs several NITRO reads, so it runs at most every DRIFT_EVERY_MS per topology (or
// on demand), in the background, never inside a poll.
import { planTopology } from "@/lib/apply";
import { log } from "@/lib/log";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { DriftStatus } from "./types";

interface DriftEntry {
  result: DriftStatus | null;
  startedAt: number;
  running: boolean;
}

export class DriftTracker {
  private readonly entries = new Map<string, DriftEntry>();

  constructor(private readonly everyMs: number) {}

  /** The last result; starts a new check when due (or forced) and none is running. */
  get(
    target: {
      workspaceId: string;
      topologyId: string;
      applianceId: string;
      desired: DesiredConfig;
    },
    force = false,
  ): DriftStatus | null {
    const entry = this.entries.get(target.topologyId);
    const due = !entry || Date.now() - entry.startedAt >= this.everyMs;
    if (this.everyMs > 0 && (force || due) && !entry?.running) this.run(target, entry);
    return entry?.result ?? null;
  }

  private run(
    target: {
      workspaceId: string;
      topologyId: string;
      applianceId: string;
      desired: DesiredConfig;
    },
    previous: DriftEntry | undefined,
  ): void {
    const entry: DriftEntry = {
      result: previous?.result ?? null,
      startedAt: Date.now(),
      running: true,
    };
    this.entries.set(target.topologyId, entry);
    planTopology(target)
      .then((plan) => {
        entry.result = {
          changes: plan.summary.changes,
          checkedAt: new Date().toISOString(),
          planUrl: `/topologies/${target.topologyId}/review`,
        };
      })
      .catch((error: unknown) => {
        // Unreachable etc. already shows in the appliance bar; keep the previous result.
        log.warn(`drift check for topology ${target.topologyId} failed: ${String(error)}`);
      })
      .finally(() => {
        entry.running = false;
      });
  }
}
