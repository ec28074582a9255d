// Running a plan: the ownership records it drops, then its stages in order (levels.ts). In one
// stage (one dependency depth of one phase): adoptions first (ownership only), then the
// stage's write-ahead records in one go (ownership of its creates, a PENDING step per change),
// then everything at once: one bulk request per resource type for the creates (run-create.ts), bulk
// requests for the updates (run-update.ts), and the deletes, one request per object (a NITRO
// DELETE names its object in the URL, so it has no bulk form), up to the concurrency limit.
// Everything started is finished and recorded before the stage reports its failures. A delete
// of something already gone is a success (docs/nitro.md#idempotent-apply); an adoption only
// changes ownership.
import { removeOwned, saveOwned } from "@/lib/apply/store/ownership";
import type { DesiredConfig, DesiredObject } from "@/lib/topology/compile/desired";
import type { Plan, PlanItem } from "@/lib/topology/plan";
import { elapsed, type RunContext } from "./context";
import { countChanges, schedule, type Stage } from "./levels";
import { forgetReleased, ownedInput } from "./ownership";
import { deleteCall, send } from "./requests";
import { runCreates, type CreateOp } from "./run-create";
import { runUpdates, type UpdateOp } from "./run-update";
import {
  adoptStep,
  classifyError,
  createStep,
  deletedValues,
  deleteStep,
  failedOutcome,
  updateStep,
} from "./step-records";

/**
 * Runs an accepted plan until a stage has failures. `changes` counts the NITRO writes the plan
 * needed, `failed` the failures of the stage that stopped it (0 when all went through).
 * `primaryCheck` (connect.ts, started with the plan's reads) is awaited before the first write.
 */
export async function runPlan(
  ctx: RunContext,
  plan: Plan,
  desired: DesiredConfig,
  primaryCheck: () => Promise<void>,
) {
  await forgetReleased(ctx.topologyId, ctx.applianceId, plan);
  const stages = schedule(plan, desired);
  const changes = countChanges(stages);
  if (changes > 0) await primaryCheck();
  return { changes, failed: await runStages(ctx, stages) };
}

async function runStages(ctx: RunContext, stages: readonly Stage[]): Promise<number> {
  try {
    for (const stage of stages) {
      if (ctx.stopped()) return 0;
      const failed = await runStage(ctx, stage);
      if (failed > 0) return failed;
    }
    return 0;
  } finally {
    await ctx.deferred.settle();
  }
}

async function runStage(ctx: RunContext, stage: Stage): Promise<number> {
  let failed = 0;
  for (const op of stage.operations) {
    if (op.kind === "adopt" && !ctx.stopped() && !(await runAdopt(ctx, op.item, op.object))) {
      failed += 1;
    }
  }
  const creates = new Map<string, CreateOp[]>();
  const updates: UpdateOp[] = [];
  const deletes: PlanItem[] = [];
  for (const op of stage.operations) {
    if (op.kind === "create") {
      creates.set(op.item.resource, [...(creates.get(op.item.resource) ?? []), op]);
    } else if (op.kind === "update") {
      updates.push(op);
    } else if (op.kind === "delete") {
      deletes.push(op.item);
    }
  }
  if (ctx.stopped()) return failed;
  // Write-ahead for the whole stage, before any of its requests: ownership of every create
  // (a crash in flight never orphans an object), then one PENDING step per change.
  const createGroups = [...creates.values()];
  const createOps = createGroups.flat();
  const owned = createOps.map((op) => ownedInput(op.object, op.item.identityKey, false));
  await saveOwned(ctx.topologyId, ctx.applianceId, ctx.runId, owned);
  const seqs = await ctx.recorder.start([
    ...createOps.map((op) => createStep(op.item, op.object)),
    ...updates.map((op) => updateStep(op.item, op.object)),
    ...deletes.map(deleteStep),
  ]);
  let taken = 0;
  const take = (n: number) => seqs.slice(taken, (taken += n));
  const groupSeqs = createGroups.map((ops) => take(ops.length));
  const updateSeqs = take(updates.length);
  const deleteSeqs = take(deletes.length);

  const deleteTasks = deletes.map((item, index) => async () => {
    const seq = deleteSeqs[index];
    if (seq !== undefined && !ctx.stopped() && !(await runDelete(ctx, item, seq))) failed += 1;
  });
  // Not `failed += await …`: that reads `failed` before the await and loses updates.
  const counted = async (work: Promise<number>) => {
    const n = await work;
    failed += n;
  };
  const settled = await Promise.allSettled([
    ...createGroups.map((ops, index) => counted(runCreates(ctx, ops, groupSeqs[index] ?? []))),
    counted(runUpdates(ctx, updates, updateSeqs)),
    runLimited(deleteTasks, ctx.concurrency),
  ]);
  const rejected = settled.find((result) => result.status === "rejected");
  if (rejected) throw rejected.reason;
  return failed;
}

/** Runs tasks with at most `limit` in flight; a task that throws does not stop the others. */
async function runLimited(tasks: ReadonlyArray<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      if (!task) continue;
      try {
        await task();
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  if (errors.length > 0) throw errors[0];
}

/** Both return true when the step succeeded. */
async function runAdopt(ctx: RunContext, item: PlanItem, object: DesiredObject) {
  const [seq] = await ctx.recorder.start([adoptStep(item, object)]);
  if (seq === undefined) return false;
  const start = performance.now();
  const owned = ownedInput(object, item.identityKey, true);
  await saveOwned(ctx.topologyId, ctx.applianceId, ctx.runId, [owned]);
  await ctx.recorder.finish([seq], { result: "OK", durationMs: elapsed(start) });
  return true;
}

async function runDelete(ctx: RunContext, item: PlanItem, seq: number) {
  const start = performance.now();
  let message: string | undefined;
  try {
    await send(ctx.client, deleteCall(item.resource, deletedValues(item)));
  } catch (error) {
    const failure = classifyError(error);
    if (failure.verdict !== "absent") {
      await ctx.recorder.finish([seq], failedOutcome(failure, elapsed(start)));
      return false;
    }
    message = "Already absent";
  }
  const durationMs = elapsed(start);
  ctx.deferred.add(ctx.recorder.finish([seq], { result: "OK", message, durationMs }));
  // Not deferred: a replace re-creates this identity in a later stage, and that ownership
  // record must not race with this removal.
  await removeOwned(ctx.topologyId, ctx.applianceId, [item.identityKey]);
  return true;
}
