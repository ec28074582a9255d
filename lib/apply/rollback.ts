// Undo, newest step first, from the step records alone (so another process can roll back a
// crashed run): creates are deleted, updates get their old values back, deletes are
// re-created, adoptions are released. Each undo is itself a recorded step. Writes that may
// have landed without an answer (in flight at a crash, or timed out) are undone too.
import { removeOwned, saveOwned } from "@/lib/apply/store/ownership";
import { listSteps, type ApplyStepRecord } from "@/lib/apply/store/steps";
import type { AttributeValue, ManagedResource } from "@/lib/topology/compile/desired";
import { identityKey, SECRET_MASK } from "@/lib/topology/plan";
import { elapsed, type RunContext } from "./context";
import { attributesFrom, isManagedResource } from "./ownership";
import { createCall, deleteCall, send, updateCalls, type NitroCall } from "./requests";
import { classifyError, failedOutcome, mayHaveApplied, type StepStart } from "./step-records";

type Values = Record<string, AttributeValue>;

interface Undo {
  step: StepStart;
  calls: NitroCall[];
  /** A failure of this verdict still means the undo holds (already gone / already there). */
  fine: "absent" | "exists" | null;
  ownership: () => Promise<void>;
}

function restoredValues(before: Values, after: Values): Record<string, AttributeValue | null> {
  const out: Record<string, AttributeValue | null> = {};
  for (const [name, value] of Object.entries(after)) {
    // A secret's old value was never readable: it cannot be put back.
    if (value === SECRET_MASK && before[name] === undefined) continue;
    out[name] = before[name] ?? null;
  }
  return out;
}

function planUndo(
  ctx: RunContext,
  record: ApplyStepRecord,
  resource: ManagedResource,
): Undo | null {
  const identity = attributesFrom(record.identity);
  const before = attributesFrom(record.before);
  const after = attributesFrom(record.after);
  const key = identityKey(resource, identity);
  const { topologyId, applianceId, runId } = ctx;
  const base = {
    objectId: record.objectId,
    resource,
    label: record.label,
    isUndo: true,
    undoOfSeq: record.seq,
    identity,
  };
  const forget = () => removeOwned(topologyId, applianceId, [key]);
  switch (record.action) {
    case "create":
      return {
        step: { ...base, action: "delete", before: after },
        calls: [deleteCall(resource, { ...after, ...identity })],
        fine: "absent",
        ownership: forget,
      };
    case "update": {
      const restored = restoredValues(before, after);
      const calls = updateCalls(resource, { ...after, ...identity }, restored);
      return {
        step: { ...base, action: "update", before: after, after: before },
        calls,
        fine: null,
        ownership: async () => {},
      };
    }
    case "delete": {
      const owned = {
        identityKey: key,
        objectId: record.objectId,
        resource,
        label: record.label,
        identity,
        attributes: before,
        adopted: false,
      };
      return {
        step: { ...base, action: "create", after: before },
        calls: [createCall(resource, before)],
        fine: "exists",
        ownership: () => saveOwned(topologyId, applianceId, runId, [owned]),
      };
    }
    case "adopt":
      return { step: { ...base, action: "adopt" }, calls: [], fine: null, ownership: forget };
    default:
      return null;
  }
}

async function runUndo(ctx: RunContext, undo: Undo): Promise<boolean> {
  const [seq] = await ctx.recorder.start([undo.step]);
  if (seq === undefined) return false;
  const start = performance.now();
  let message: string | undefined;
  try {
    for (const call of undo.calls) await send(ctx.client, call);
  } catch (error) {
    const failure = classifyError(error);
    if (failure.verdict !== undo.fine) {
      await ctx.recorder.finish([seq], failedOutcome(failure, elapsed(start)));
      return false;
    }
    message = undo.fine === "absent" ? "Already absent" : "Already there";
  }
  await ctx.recorder.finish([seq], { result: "OK", message, durationMs: elapsed(start) });
  await undo.ownership();
  return true;
}

/** Done, adopted, still in flight (PENDING), or failed in a way that may have landed. */
function mayHaveChanged(step: ApplyStepRecord): boolean {
  if (step.result === "SKIPPED") return false;
  return step.result !== "FAILED" || mayHaveApplied(step.errorKind);
}

/** Undoes every step of the run that may have changed something; returns failed undos. */
export async function rollbackRun(ctx: RunContext): Promise<number> {
  const steps = await listSteps(ctx.runId);
  const undone = new Set(
    steps.filter((s) => s.isUndo && s.result === "OK").map((s) => s.undoOfSeq),
  );
  const toUndo = steps
    .filter((s) => !s.isUndo && mayHaveChanged(s) && !undone.has(s.seq))
    .reverse();
  let failed = 0;
  for (const record of toUndo) {
    if (ctx.stopped()) break;
    if (!isManagedResource(record.resource)) continue;
    const undo = planUndo(ctx, record, record.resource);
    if (undo && !(await runUndo(ctx, undo))) failed += 1;
  }
  return failed;
}
