// Running a plan: the ownership records it drops, then its stages in order (levels.ts). In one
// stage (one level of one phase): adoptions first (ownership only), then the bulk creates per
// resource, updates and deletes, in parallel up to the concurrency limit. Everything started is
// finished and recorded before the stage reports its failures. Updates, deletes and adoptions are
// one recorded step each; a delete of something already gone is a success
// (docs/nitro.md#idempotent-apply); an adoption only changes ownership.
import { removeOwned, saveOwned } from "@/lib/apply/store/ownership";
import type { DesiredConfig, DesiredObject } from "@/lib/topology/compile/desired";
import { secretsOf, type Plan, type PlanItem } from "@/lib/topology/plan";
import { assertPrimary } from "./connect";
import { elapsed, type RunContext } from "./context";
import { countChanges, schedule, type Stage } from "./levels";
import { forgetReleased, ownedInput } from "./ownership";
import { deleteCall, send, updateCalls } from "./requests";
import { runCreates, type CreateOp } from "./run-create";
import {
  adoptStep,
  classifyError,
  deletedValues,
  deleteStep,
  failedOutcome,
  updateStep,
} from "./step-records";

/**
 * Runs an accepted plan until a stage has failures. `changes` counts the NITRO writes the plan
 * needed, `failed` the failures of the stage that stopped it (0 when all went through).
 */
export async function runPlan(ctx: RunContext, plan: Plan, desired: DesiredConfig) {
  await forgetReleased(ctx.topologyId, ctx.applianceId, plan);
  const stages = schedule(plan, desired);
  const changes = countChanges(stages);
  if (changes > 0) await assertPrimary(ctx.client);
  return { changes, failed: await runStages(ctx, stages) };
}

async function runStages(ctx: RunContext, stages: readonly Stage[]): Promise<number> {
  for (const stage of stages) {
    if (ctx.stopped()) return 0;
    const failed = await runStage(ctx, stage);
    if (failed > 0) return failed;
  }
  return 0;
}

async function runStage(ctx: RunContext, stage: Stage): Promise<number> {
  let failed = 0;
  const count = (ok: boolean) => {
    if (!ok) failed += 1;
  };
  for (const op of stage.operations) {
    if (op.kind === "adopt" && !ctx.stopped()) count(await runAdopt(ctx, op.item, op.object));
  }
  const creates = new Map<string, CreateOp[]>();
  const tasks: Array<() => Promise<void>> = [];
  for (const op of stage.operations) {
    if (op.kind === "create") {
      creates.set(op.item.resource, [...(creates.get(op.item.resource) ?? []), op]);
    } else if (op.kind === "update") {
      tasks.push(async () => count(await runUpdate(ctx, op.item, op.object)));
    } else if (op.kind === "delete") {
      tasks.push(async () => count(await runDelete(ctx, op.item)));
    }
  }
  for (const ops of creates.values()) {
    tasks.unshift(async () => {
      // Not `failed += await …`: that reads `failed` before the await and loses updates.
      const n = await runCreates(ctx, ops);
      failed += n;
    });
  }
  const guarded = tasks.map((task) => async () => {
    if (!ctx.stopped()) await task();
  });
  await runLimited(guarded, ctx.concurrency);
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

const secretValues = (object: DesiredObject): string[] =>
  [...secretsOf(object)].map((name) => String(object.attributes[name] ?? ""));

/** Each of the three returns true when the step succeeded. */
async function runAdopt(ctx: RunContext, item: PlanItem, object: DesiredObject) {
  const [seq] = await ctx.recorder.start([adoptStep(item, object)]);
  if (seq === undefined) return false;
  const start = performance.now();
  const owned = ownedInput(object, item.identityKey, true);
  await saveOwned(ctx.topologyId, ctx.applianceId, ctx.runId, [owned]);
  await ctx.recorder.finish([seq], { result: "OK", durationMs: elapsed(start) });
  return true;
}

async function runUpdate(ctx: RunContext, item: PlanItem, object: DesiredObject) {
  const [seq] = await ctx.recorder.start([updateStep(item, object)]);
  if (seq === undefined) return false;
  const start = performance.now();
  const changes = Object.fromEntries(
    item.changes.map((change) => [change.name, object.attributes[change.name] ?? null]),
  );
  try {
    for (const call of updateCalls(item.resource, object.attributes, changes)) {
      await send(ctx.client, call);
    }
  } catch (error) {
    const failure = classifyError(error, secretValues(object));
    await ctx.recorder.finish([seq], failedOutcome(failure, elapsed(start)));
    return false;
  }
  await ctx.recorder.finish([seq], { result: "OK", durationMs: elapsed(start) });
  const owned = ownedInput(object, item.identityKey);
  await saveOwned(ctx.topologyId, ctx.applianceId, ctx.runId, [owned]);
  return true;
}

async function runDelete(ctx: RunContext, item: PlanItem) {
  const [seq] = await ctx.recorder.start([deleteStep(item)]);
  if (seq === undefined) return false;
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
  await ctx.recorder.finish([seq], { result: "OK", message, durationMs: elapsed(start) });
  await removeOwned(ctx.topologyId, ctx.applianceId, [item.identityKey]);
  return true;
}
