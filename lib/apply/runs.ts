// Run records → views for the UI (progress, history). Reading a run also applies the crash
// rule, so a run whose process died shows as INTERRUPTED, not RUNNING forever.
import { z } from "zod";
import { findRun, listRuns, markStaleRuns, type ApplyRunRecord } from "@/lib/apply/store/runs";
import { listSteps, type ApplyStepRecord } from "@/lib/apply/store/steps";
import type { PlanSummary } from "@/lib/topology/plan";
import { staleBefore } from "./lock";
import { attributesFrom } from "./ownership";
import type { ApplyOptions, ApplyRunView, ApplyStepView } from "./types";

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

export function parseOptions(json: unknown): ApplyOptions {
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
