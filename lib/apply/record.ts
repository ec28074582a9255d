// Writes steps as they happen: PENDING before the NITRO request, the outcome after it, and
// tells the UI callback each time. Only masked values reach this class.
import {
  finishSteps,
  insertPendingSteps,
  type NewApplyStep,
  type StepOutcome,
} from "@/lib/apply/store/steps";
import { attributesFrom } from "./ownership";
import type { ApplyStepView } from "./types";

export type StepStart = Omit<NewApplyStep, "seq">;

export class StepRecorder {
  private readonly views = new Map<number, ApplyStepView>();

  constructor(
    private readonly runId: string,
    private nextSeq: number,
    private readonly onStep?: (step: ApplyStepView) => void,
  ) {}

  async start(steps: readonly StepStart[]): Promise<number[]> {
    const numbered = steps.map((step) => ({ ...step, seq: this.nextSeq++ }));
    await insertPendingSteps(this.runId, numbered);
    const startedAt = new Date();
    for (const step of numbered) {
      const view: ApplyStepView = {
        seq: step.seq,
        objectId: step.objectId,
        resource: step.resource,
        label: step.label,
        action: step.action,
        result: "PENDING",
        isUndo: step.isUndo,
        undoOfSeq: step.undoOfSeq ?? null,
        errorcode: null,
        errorKind: null,
        message: null,
        durationMs: null,
        identity: attributesFrom(step.identity),
        before: step.before ? attributesFrom(step.before) : null,
        after: step.after ? attributesFrom(step.after) : null,
        startedAt,
        finishedAt: null,
      };
      this.views.set(step.seq, view);
      this.emit(view);
    }
    return numbered.map((step) => step.seq);
  }

  async finish(seqs: readonly number[], outcome: StepOutcome): Promise<void> {
    const finishedAt = await finishSteps(this.runId, seqs, outcome);
    for (const seq of seqs) {
      const view = this.views.get(seq);
      if (!view) continue;
      Object.assign(view, {
        result: outcome.result,
        errorcode: outcome.errorcode ?? null,
        errorKind: outcome.errorKind ?? null,
        message: outcome.message ?? null,
        durationMs: Math.round(outcome.durationMs),
        finishedAt,
      });
      this.emit(view);
    }
  }

  /** Number of steps this process has started. */
  get started(): number {
    return this.views.size;
  }

  /** Steps of this process that failed, oldest first (for the run's summary message). */
  failures(): ApplyStepView[] {
    return [...this.views.values()].filter((view) => view.result === "FAILED");
  }

  private emit(view: ApplyStepView): void {
    try {
      this.onStep?.({ ...view });
    } catch {
      // A progress listener must never break (or roll back) an apply.
    }
  }
}
