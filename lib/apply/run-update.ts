// Updates of one stage go to the appliance as bulk requests: each object's change becomes one
// or more NITRO calls (requests.ts: a PUT of the changed values, enable/disable for the admin
// state, unset for values going back to unset), and every call of one kind on one resource
// type, across all the stage's objects, is one array request (X-NITRO-ONERROR: continue, so
// every item reports; docs/nitro.md#bulk-requests). The calls of one object touch different
// attributes, so their requests run in parallel. Each object keeps its own step (recorded
// PENDING by the stage): OK when all its calls went through, else FAILED with the first
// failure; ownership records are refreshed only for the objects updated.
import { saveOwned } from "@/lib/apply/store/ownership";
import type { BulkResult, NitroClient, NitroRecord } from "@/lib/nitro";
import type { DesiredObject } from "@/lib/topology/compile/desired";
import { secretsOf, type PlanItem } from "@/lib/topology/plan";
import { elapsed, type RunContext } from "./context";
import { ownedInput } from "./ownership";
import { updateCalls, type NitroCall } from "./requests";
import {
  classifyBulkItem,
  classifyError,
  failedOutcome,
  scrub,
  type WriteFailure,
} from "./step-records";

export interface UpdateOp {
  item: PlanItem;
  object: DesiredObject;
}

const BULK_CHUNK = 100;

/** updateCalls makes only PUTs ("update") and actions. */
type BulkCall = Exclude<NitroCall, { op: "remove" | "unbind" }>;

interface Batch {
  first: BulkCall;
  /** Index of the op each payload belongs to. */
  owners: number[];
  payloads: NitroRecord[];
}

const secretValues = (object: DesiredObject): string[] =>
  [...secretsOf(object)].map((name) => String(object.attributes[name] ?? ""));

function batchKey(call: BulkCall): string {
  return call.op === "action" ? `action ${call.resource} ${call.action}` : `put ${call.resource}`;
}

/** Every call of the ops, grouped into bulk requests of at most BULK_CHUNK items. */
function batches(ops: readonly UpdateOp[]): Batch[] {
  const byKey = new Map<string, Batch[]>();
  ops.forEach((op, index) => {
    const changes = Object.fromEntries(
      op.item.changes.map((change) => [change.name, op.object.attributes[change.name] ?? null]),
    );
    for (const call of updateCalls(op.item.resource, op.object.attributes, changes)) {
      if (call.op !== "update" && call.op !== "action") continue;
      const list = byKey.get(batchKey(call)) ?? [];
      const last = list.at(-1);
      const batch: Batch =
        last && last.payloads.length < BULK_CHUNK
          ? last
          : { first: call, owners: [], payloads: [] };
      if (batch !== last) list.push(batch);
      byKey.set(batchKey(call), list);
      batch.owners.push(index);
      batch.payloads.push(call.payload);
    }
  });
  return [...byKey.values()].flat();
}

function sendBatch(client: NitroClient, batch: Batch): Promise<BulkResult> {
  const { first, payloads } = batch;
  const opts = { onError: "continue" as const };
  return first.op === "action"
    ? client.actionBulk(first.resource, first.action, payloads, opts)
    : client.updateBulk(first.resource, payloads, opts);
}

/** Sends the updates whose PENDING steps (`seqs`) the stage recorded; returns the failures. */
export async function runUpdates(
  ctx: RunContext,
  ops: readonly UpdateOp[],
  seqs: readonly number[],
): Promise<number> {
  if (ops.length === 0 || ctx.stopped()) return 0;
  const start = performance.now();
  const failures = new Map<number, WriteFailure>();
  const fail = (index: number, failure: WriteFailure) => {
    if (!failures.has(index)) failures.set(index, failure);
  };
  const secretsAt = (index: number): string[] => {
    const op = ops[index];
    return op ? secretValues(op.object) : [];
  };
  await Promise.all(
    batches(ops).map(async (batch) => {
      try {
        const result = await sendBatch(ctx.client, batch);
        for (const item of result.items) {
          const index = batch.owners[item.index];
          if (index === undefined || item.status === "ok") continue;
          if (item.status === "not_attempted") {
            fail(index, { verdict: "failed", message: "Not attempted" });
          } else {
            const failure = classifyBulkItem(item.errorcode, item.message);
            fail(index, { ...failure, message: scrub(failure.message, secretsAt(index)) });
          }
        }
      } catch (error) {
        const failure = classifyError(error, batch.owners.flatMap(secretsAt));
        for (const index of batch.owners) fail(index, failure);
      }
    }),
  );
  const durationMs = elapsed(start);
  const okSeqs: number[] = [];
  const updated: ReturnType<typeof ownedInput>[] = [];
  for (const [index, op] of ops.entries()) {
    const seq = seqs[index];
    if (seq === undefined) continue;
    const failure = failures.get(index);
    if (failure) {
      await ctx.recorder.finish([seq], failedOutcome(failure, durationMs));
      continue;
    }
    okSeqs.push(seq);
    updated.push(ownedInput(op.object, op.item.identityKey));
  }
  ctx.deferred.add(ctx.recorder.finish(okSeqs, { result: "OK", durationMs }));
  ctx.deferred.add(saveOwned(ctx.topologyId, ctx.applianceId, ctx.runId, updated));
  return failures.size;
}
