// What every part of a running apply shares.
import type { NitroClient } from "@/lib/nitro";
import { StepRecorder } from "./step-records";
import type { ApplyStepView } from "./types";

export interface RunContext {
  client: NitroClient;
  recorder: StepRecorder;
  /**
   * Records that may land after the next stage's requests went out: the completion of steps
   * that succeeded (a step still PENDING at a crash is undone like a done one) and ownership
   * refreshes of updates and deletes. Nothing the next request depends on waits for them;
   * the run settles them before it ends, rolls back or reports an error.
   */
  deferred: DeferredRecords;
  runId: string;
  topologyId: string;
  applianceId: string;
  concurrency: number;
  /** True once the run must stop as a crashed process would (abandon seam, lost lock). */
  stopped: () => boolean;
}

export class DeferredRecords {
  private pending: Array<Promise<unknown>> = [];

  add(write: Promise<unknown>): void {
    // Observed at once so a failure is never an unhandled rejection; settle() reports it.
    write.catch(() => undefined);
    this.pending.push(write);
  }

  /** Waits for every deferred write; throws the first failure. */
  async settle(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      const settled = await Promise.allSettled(batch);
      const rejected = settled.find((result) => result.status === "rejected");
      if (rejected) throw rejected.reason;
    }
  }
}

/** A context whose steps are numbered from `firstSeq` (after a stopped run's own steps). */
export function runContext(
  fields: Omit<RunContext, "recorder" | "deferred">,
  firstSeq: number,
  onStep?: (step: ApplyStepView) => void,
): RunContext {
  return {
    ...fields,
    recorder: new StepRecorder(fields.runId, firstSeq, onStep),
    deferred: new DeferredRecords(),
  };
}

export const elapsed = (start: number): number => performance.now() - start;
