// Updates, deletes and adoptions: one recorded step each. A delete of something already gone
// is a success (REFERENCE §5.3); an adoption only changes the ownership record.
import { removeOwned, saveOwned } from "@/lib/apply/store/ownership";
import type { DesiredObject } from "@/lib/topology/desired";
import { secretsOf, type PlanItem } from "@/lib/topology/plan";
import { elapsed, type RunContext } from "./context";
import { classifyError, failedOutcome } from "./outcome";
import { ownedInput } from "./ownership";
import { deleteCall, updateCalls } from "./requests";
import { send } from "./send";
import { adoptStep, deletedValues, deleteStep, updateStep } from "./steps";

const secretValues = (object: DesiredObject): string[] =>
  [...secretsOf(object)].map((name) => String(object.attributes[name] ?? ""));

/** Each returns true when the step succeeded. */
export async function runAdopt(ctx: RunContext, item: PlanItem, object: DesiredObject) {
  const [seq] = await ctx.recorder.start([adoptStep(item, object)]);
  if (seq === undefined) return false;
  const start = performance.now();
  const owned = ownedInput(object, item.identityKey, true);
  await saveOwned(ctx.topologyId, ctx.applianceId, ctx.runId, [owned]);
  await ctx.recorder.finish([seq], { result: "OK", durationMs: elapsed(start) });
  return true;
}

export async function runUpdate(ctx: RunContext, item: PlanItem, object: DesiredObject) {
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

export async function runDelete(ctx: RunContext, item: PlanItem) {
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
