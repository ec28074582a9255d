// How a run ends: SUCCEEDED (saved, read back, drift counted), ROLLED_BACK after a failure
// whose changes were all undone, FAILED otherwise. Each end is also an audit event.
import { updateRun, type ApplyRunStatus } from "@/lib/apply/store/runs";
import { isNitroError } from "@/lib/nitro";
import type { DesiredConfig } from "@/lib/topology/desired";
import { recordRunEvent } from "./audit";
import type { RunContext } from "./context";
import { computePlan } from "./plan-service";
import { rollbackRun } from "./rollback";
import type { ApplyOptions, ApplyTarget } from "./types";

export async function endRun(
  target: ApplyTarget,
  runId: string,
  status: ApplyRunStatus,
  data: { error?: string | null; configSaved?: boolean; driftAfter?: number | null } = {},
  action: "topology.apply" | "topology.rollback" = "topology.apply",
): Promise<void> {
  await updateRun(runId, { status, ...data, finishedAt: new Date() });
  await recordRunEvent(target, action, { runId, status, error: data.error ?? null });
}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export async function succeed(
  ctx: RunContext,
  target: ApplyTarget,
  desired: DesiredConfig,
  options: ApplyOptions,
  changes: number,
): Promise<void> {
  let error: string | null = null;
  let configSaved = false;
  if (changes > 0 && options.saveConfig !== false) {
    try {
      await ctx.client.saveConfig();
      configSaved = true;
    } catch (saveError) {
      error = `Applied, but saving the configuration failed: ${messageOf(saveError)}`;
    }
  }
  let driftAfter: number | null = null;
  try {
    const check = await computePlan(ctx.client, desired, target.topologyId, target.applianceId);
    driftAfter = check.items.filter((item) => item.action !== "unchanged").length;
  } catch (readError) {
    // The changes are in; a failed read-back only leaves the drift unknown.
    if (!isNitroError(readError)) throw readError;
  }
  await endRun(target, ctx.runId, "SUCCEEDED", { error, configSaved, driftAfter });
}

/** Undo everything the run changed; the run ends ROLLED_BACK, or FAILED if an undo failed. */
export async function rollBack(ctx: RunContext, target: ApplyTarget, cause: string) {
  const undoFailures = await rollbackRun(ctx);
  if (ctx.stopped()) return;
  const error =
    undoFailures === 0
      ? `${cause} Everything this run changed was rolled back.`
      : `${cause} Rollback incomplete: ${undoFailures} undo step(s) failed; roll back again or fix by hand.`;
  await endRun(target, ctx.runId, undoFailures === 0 ? "ROLLED_BACK" : "FAILED", { error });
}
