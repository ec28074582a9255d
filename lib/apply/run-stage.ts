// One stage (one level of one phase): adoptions first (ownership only), then the bulk creates
// per resource, updates and deletes, in parallel up to the concurrency limit. Everything
// started is finished and recorded before the stage reports its failures.
import { runLimited, type RunContext } from "./context";
import type { Stage } from "./levels";
import { runAdopt, runDelete, runUpdate } from "./run-change";
import { runCreates, type CreateOp } from "./run-create";

export async function runStage(ctx: RunContext, stage: Stage): Promise<number> {
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
