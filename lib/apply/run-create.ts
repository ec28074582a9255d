// Creates of one resource type on one stage go to the appliance as one bulk request
// (X-NITRO-ONERROR: continue, so every item reports). Ownership is recorded before the
// request (by the stage, run-stages.ts): if the process dies in flight, the next plan still
// knows the object is ours.
// Uncertain writes are read back: a create that timed out (or hit "already exists") may have
// been applied; if the object is there as wanted it is adopted as created by this run instead
// of being orphaned or reported as failed.
import { removeOwned } from "@/lib/apply/store/ownership";
import type { NitroClient } from "@/lib/nitro";
import type { DesiredObject } from "@/lib/topology/compile/desired";
import {
  desiredKey,
  diff,
  secretsOf,
  type PlanItem,
  type TrackedObject,
} from "@/lib/topology/plan";
import { elapsed, type RunContext } from "./context";
import { readLiveState } from "./read-live";
import { createCall } from "./requests";
import { classifyBulkItem, classifyError, failedOutcome, type WriteFailure } from "./step-records";

export interface CreateOp {
  item: PlanItem;
  object: DesiredObject;
}

const BULK_CHUNK = 100;

function secretValues(ops: readonly CreateOp[]): string[] {
  return ops.flatMap(({ object }) =>
    [...secretsOf(object)].map((name) => String(object.attributes[name] ?? "")),
  );
}

async function send(
  ctx: RunContext,
  ops: readonly CreateOp[],
): Promise<Array<WriteFailure | null>> {
  const first = ops[0];
  if (!first) return [];
  const resource = createCall(first.item.resource, first.object.attributes).resource;
  const payloads = ops.map((op) => createCall(op.item.resource, op.object.attributes).payload);
  try {
    const result = await ctx.client.addBulk(resource, payloads, { onError: "continue" });
    return ops.map((_op, index) => {
      const item = result.items[index];
      if (!item || item.status === "ok") return null;
      if (item.status === "not_attempted") return { verdict: "failed", message: "Not attempted" };
      return classifyBulkItem(item.errorcode, item.message);
    });
  } catch (error) {
    const failure = classifyError(error, secretValues(ops));
    return ops.map(() => failure);
  }
}

type CreateVerdict = "match" | "differs" | "absent";

async function verifyCreated(
  client: NitroClient,
  objects: readonly DesiredObject[],
): Promise<Map<string, CreateVerdict>> {
  const desired = { objects: [...objects] };
  // Treated as ours so that an existing object diffs instead of showing as a conflict.
  const tracked: TrackedObject[] = objects.map((object) => ({
    identityKey: desiredKey(object),
    objectId: object.id,
    resource: object.resource,
    label: object.label,
    identity: object.identity,
    attributes: {},
    adopted: false,
  }));
  const plan = diff(desired, await readLiveState(client, desired, tracked), tracked);
  const verdicts = new Map<string, CreateVerdict>();
  for (const item of plan.items) {
    const verdict =
      item.action === "create" ? "absent" : item.action === "unchanged" ? "match" : "differs";
    verdicts.set(item.id, verdict);
  }
  return verdicts;
}

/**
 * Sends one chunk whose ownership and PENDING steps (`seqs`, one per op) the stage recorded
 * before; returns the number of creates that failed.
 */
async function createChunk(
  ctx: RunContext,
  ops: readonly CreateOp[],
  seqs: readonly number[],
): Promise<number> {
  const { topologyId, applianceId } = ctx;
  const start = performance.now();
  const failures = await send(ctx, ops);
  const durationMs = elapsed(start);

  const okSeqs: number[] = [];
  const toVerify: number[] = [];
  failures.forEach((failure, index) => {
    if (failure === null) okSeqs.push(seqs[index] ?? 0);
    else if (failure.verdict !== "failed") toVerify.push(index);
  });
  ctx.deferred.add(ctx.recorder.finish(okSeqs, { result: "OK", durationMs }));
  if (okSeqs.length === ops.length) return 0;

  const verdicts = toVerify.length
    ? await verifyCreated(
        ctx.client,
        toVerify.map((i) => ops[i]?.object).filter((o) => o !== undefined),
      )
    : new Map();
  let failed = 0;
  const disowned: string[] = [];
  for (const [index, failure] of failures.entries()) {
    const op = ops[index];
    const seq = seqs[index];
    if (failure === null || !op || seq === undefined) continue;
    const verdict = verdicts.get(op.object.id);
    if (verdict === "match") {
      await ctx.recorder.finish([seq], {
        result: "ADOPTED",
        ...failure,
        message: `${failure.message} — the object exists as wanted: adopted`,
        durationMs,
      });
      continue;
    }
    failed += 1;
    await ctx.recorder.finish([seq], failedOutcome(failure, durationMs));
    // Not there, or there but not as we sent it after "already exists": not ours.
    if (verdict !== "differs" || failure.verdict === "exists") disowned.push(op.item.identityKey);
  }
  await removeOwned(topologyId, applianceId, disowned);
  return failed;
}

/**
 * Creates of one resource type on one stage (ownership and steps recorded by the stage, `seqs`
 * one per op): chunks of BULK_CHUNK objects, `concurrency` chunks in flight at once (the
 * objects do not depend on each other). Returns the failures.
 */
export async function runCreates(
  ctx: RunContext,
  ops: readonly CreateOp[],
  seqs: readonly number[],
): Promise<number> {
  const chunks: Array<{ ops: CreateOp[]; seqs: number[] }> = [];
  for (let i = 0; i < ops.length; i += BULK_CHUNK) {
    chunks.push({ ops: ops.slice(i, i + BULK_CHUNK), seqs: seqs.slice(i, i + BULK_CHUNK) });
  }
  let failed = 0;
  let next = 0;
  const worker = async () => {
    for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
      if (ctx.stopped()) return;
      const n = await createChunk(ctx, chunk.ops, chunk.seqs);
      failed += n;
    }
  };
  const workers = Math.max(1, Math.min(ctx.concurrency, chunks.length));
  // Every chunk started finishes (and is recorded) before an error is passed on.
  const settled = await Promise.allSettled(Array.from({ length: workers }, worker));
  const rejected = settled.find((result) => result.status === "rejected");
  if (rejected) throw rejected.reason;
  return failed;
}
