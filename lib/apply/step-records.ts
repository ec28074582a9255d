// Step records. Each operation's record is written before it runs (PENDING) and carries
// everything an undo needs, by this process or, after a crash, another one: the object's
// request key, the old values an update overwrites or a delete removes, the values sent.
// Its outcome is written after the request. Secrets are masked or absent, and failure
// messages are scrubbed of the object's secret values.
import {
  finishSteps,
  insertPendingSteps,
  type NewApplyStep,
  type StepOutcome,
} from "@/lib/apply/store/steps";
import { isNitroError } from "@/lib/nitro";
import type { AttributeValue, DesiredObject } from "@/lib/topology/compile/desired";
import { maskSecrets, secretsOf, type PlanItem } from "@/lib/topology/plan";
import { attributesFrom } from "./ownership";
import { callKey } from "./requests";
import type { ApplyStepView } from "./types";

export type StepStart = Omit<NewApplyStep, "seq">;

type Values = Record<string, AttributeValue>;

function pick(values: Readonly<Values>, names: readonly string[]): Values {
  const out: Values = {};
  for (const name of names) {
    const value = values[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function base(item: PlanItem, attributes: Readonly<Values>) {
  return {
    objectId: item.id,
    resource: item.resource,
    label: item.label,
    isUndo: false,
    identity: callKey(item.resource, { ...attributes, ...item.identity }),
  };
}

export function createStep(item: PlanItem, object: DesiredObject): StepStart {
  const after = maskSecrets(object.attributes, secretsOf(object));
  return { ...base(item, object.attributes), action: "create", after };
}

export function adoptStep(item: PlanItem, object: DesiredObject): StepStart {
  const after = maskSecrets(object.attributes, secretsOf(object));
  return { ...base(item, object.attributes), action: "adopt", after };
}

export function updateStep(item: PlanItem, object: DesiredObject): StepStart {
  const names = item.changes.map((change) => change.name);
  const after = pick(maskSecrets(object.attributes, secretsOf(object)), names);
  const before = pick(item.before ?? {}, names);
  return { ...base(item, object.attributes), action: "update", before, after };
}

/** The values a delete removes (what an undo re-creates): identity plus the live attributes. */
export function deletedValues(item: PlanItem): Values {
  return { ...(item.before ?? {}), ...item.identity };
}

export function deleteStep(item: PlanItem): StepStart {
  const before = deletedValues(item);
  return { ...base(item, before), action: "delete", before };
}

/**
 * What a failed NITRO write means for the apply: definitely not applied, maybe applied (the
 * request may have reached the appliance: verify by reading back), "already exists" (verify,
 * then adopt) or, for a delete, already gone.
 */
export type WriteVerdict = "failed" | "uncertain" | "exists" | "absent";

export interface WriteFailure {
  verdict: WriteVerdict;
  errorcode?: number;
  errorKind?: string;
  message: string;
}

/** NITRO codes meaning "this object/binding is already there" (docs/nitro.md#errors). */
const EXISTS_CODES = new Set([273, 433, 2133]);
const MAYBE_APPLIED = new Set(["timeout", "unreachable", "bad_response", "not_nitro"]);

export function scrub(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) if (secret.length >= 3) out = out.split(secret).join("***");
  return out;
}

/**
 * A recorded failure that may still have changed the appliance: the request may have reached
 * it (timeout, broken connection, unreadable answer) and been applied, possibly after the
 * client gave up. Whether it was sent is not recorded, so a rollback undoes it anyway: the
 * undo of a write that never landed is a no-op (already absent, already there, old values).
 */
export const mayHaveApplied = (errorKind: string | null): boolean =>
  errorKind !== null && MAYBE_APPLIED.has(errorKind);

export function classifyError(error: unknown, secrets: readonly string[] = []): WriteFailure {
  if (!isNitroError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return { verdict: "failed", message: scrub(message, secrets) };
  }
  const base = {
    errorcode: error.errorcode,
    errorKind: error.kind,
    message: scrub(error.message, secrets),
  };
  if (error.kind === "not_found") return { ...base, verdict: "absent" };
  if (error.kind === "already_exists") return { ...base, verdict: "exists" };
  if (MAYBE_APPLIED.has(error.kind) && error.requestSent !== false) {
    return { ...base, verdict: "uncertain" };
  }
  return { ...base, verdict: "failed" };
}

/** One item of a bulk reply (errorcode only, no error object). */
export function classifyBulkItem(errorcode: number | undefined, message: string | undefined) {
  const verdict: WriteVerdict =
    errorcode !== undefined && EXISTS_CODES.has(errorcode) ? "exists" : "failed";
  return { verdict, errorcode, message: message ?? "Failed" } satisfies WriteFailure;
}

export function failedOutcome(failure: WriteFailure, durationMs: number): StepOutcome {
  return {
    result: "FAILED",
    errorcode: failure.errorcode,
    errorKind: failure.errorKind,
    message: failure.message,
    durationMs,
  };
}

/** Writes steps as they happen and tells the UI callback each time. */
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
    const finished = await finishSteps(this.runId, seqs, outcome);
    for (const seq of seqs) {
      const view = this.views.get(seq);
      if (!view) continue;
      Object.assign(view, finished);
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
