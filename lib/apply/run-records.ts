// Run records: what a run keeps of its plan, how it ends, and the views the UI reads
// (progress, history). A run ends SUCCEEDED (saved, read back, drift counted), ROLLED_BACK
// after a failure whose changes were all undone, or FAILED; each end is also an audit event.
// Reading a run also applies the crash rule, so a run whose process died shows as
// INTERRUPTED, not RUNNING forever.
import { z } from "zod";
import {
  findRun,
  listRuns,
  markStaleRuns,
  updateRun,
  type ApplyRunRecord,
} from "@/lib/apply/store/runs";
import { listSteps, type ApplyStepRecord } from "@/lib/apply/store/steps";
import { isNitroError } from "@/lib/nitro";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { Plan, PlanSummary } from "@/lib/topology/plan";
import { recordRunEvent } from "./audit";
import type { RunContext } from "./context";
import { staleBefore } from "./lock";
import { attributesFrom, loadTracked } from "./ownership";
import { planFrom } from "./plan-service";
import { rollbackRun } from "./rollback";
import type {
  ApplyOptions,
  ApplyRunStatus,
  ApplyRunView,
  ApplyStepView,
  ApplyTarget,
} from "./types";
import { verificationView } from "./verify/view";

/** The fresh plan's summary goes on the run, also when the plan is then refused. */
export async function recordPlan(runId: string, plan: Plan): Promise<void> {
  await updateRun(runId, { summary: { ...plan.summary } });
}

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

/**
 * The changes are in: save the configuration and read back (drift) at the same time (the
 * save persists what the read sees; neither waits for the other), end SUCCEEDED.
 */
export async function succeed(
  ctx: RunContext,
  target: ApplyTarget,
  desired: DesiredConfig,
  options: ApplyOptions,
  changes: number,
): Promise<void> {
  const save = async (): Promise<{ configSaved: boolean; error: string | null }> => {
    if (changes === 0 || options.saveConfig === false) return { configSaved: false, error: null };
    try {
      await ctx.client.saveConfig();
      return { configSaved: true, error: null };
    } catch (saveError) {
      const error = `Applied, but saving the configuration failed: ${messageOf(saveError)}`;
      return { configSaved: false, error };
    }
  };
  // The records first, so the save and the reads leave together (one round trip).
  const owned = await loadTracked(target.topologyId, target.applianceId);
  const readBack = async (): Promise<number | null> => {
    try {
      const check = await planFrom(ctx.client, desired, owned);
      return check.items.filter((item) => item.action !== "unchanged").length;
    } catch (readError) {
      // The changes are in; a failed read-back only leaves the drift unknown.
      if (!isNitroError(readError)) throw readError;
      return null;
    }
  };
  const [saved, driftAfter] = await Promise.all([save(), readBack()]);
  await endRun(target, ctx.runId, "SUCCEEDED", { ...saved, driftAfter });
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

const optionsSchema = z
  .object({
    adopt: z.array(z.string()).optional(),
    confirmReplace: z.boolean().optional(),
    saveConfig: z.boolean().optional(),
    expectedPlanHash: z.string().optional(),
  })
  .catch({});

function summaryOf(json: unknown): PlanSummary | null {
  if (typeof json !== "object" || json === null) return null;
  return json as PlanSummary;
}

function parseOptions(json: unknown): ApplyOptions {
  return optionsSchema.parse(json);
}

function stepView(record: ApplyStepRecord): ApplyStepView {
  return {
    ...record,
    identity: attributesFrom(record.identity),
    before: record.before === null ? null : attributesFrom(record.before),
    after: record.after === null ? null : attributesFrom(record.after),
  };
}

function runView(record: ApplyRunRecord, steps: ApplyStepRecord[]): ApplyRunView {
  return {
    id: record.id,
    topologyId: record.topologyId,
    applianceId: record.applianceId,
    actorId: record.actorId,
    status: record.status,
    options: parseOptions(record.options),
    summary: summaryOf(record.summary),
    resumeOfId: record.resumeOfId,
    error: record.error,
    configSaved: record.configSaved,
    driftAfter: record.driftAfter,
    verification: verificationView(record.verification, new Date()),
    startedAt: record.startedAt,
    heartbeatAt: record.heartbeatAt,
    finishedAt: record.finishedAt,
    steps: steps.map(stepView),
  };
}

/** A run with its steps (scoped to the workspace), or null. */
export async function getApplyRun(
  workspaceId: string,
  runId: string,
  opts: { staleAfterMs?: number } = {},
): Promise<ApplyRunView | null> {
  const first = await findRun(workspaceId, runId);
  if (!first) return null;
  if (first.status !== "RUNNING") return runView(first, await listSteps(runId));
  await markStaleRuns(staleBefore(opts.staleAfterMs), first.applianceId);
  const record = (await findRun(workspaceId, runId)) ?? first;
  return runView(record, await listSteps(runId));
}

/** Recent runs, newest first, without their steps. */
export async function listApplyRuns(
  workspaceId: string,
  filter: { topologyId?: string; applianceId?: string },
  opts: { staleAfterMs?: number; take?: number } = {},
): Promise<Array<Omit<ApplyRunView, "steps">>> {
  await markStaleRuns(staleBefore(opts.staleAfterMs), filter.applianceId);
  const records = await listRuns(workspaceId, filter, opts.take);
  return records.map((record) => {
    const { steps: _steps, ...view } = runView(record, []);
    return view;
  });
}
