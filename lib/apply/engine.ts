// applyTopology: lock the appliance, plan afresh (the HA check travels with the plan's reads),
// refuse what the admin has not agreed to, run the stages in dependency order recording every
// step, roll back on the first failing stage, then save and read back (together) and release
// the lock. The client is a handle on the pooled session: the plan the admin reviewed usually
// logged it in already, and releasing it waits for no logout.
import { applyTargetsExist } from "@/lib/apply/store/runs";
import { isNitroError, type NitroClient } from "@/lib/nitro";
import { planBlockers, type Plan } from "@/lib/topology/plan";
import { recordRunStart } from "./audit";
import { openClient, startPrimaryCheck } from "./connect";
import { runContext, type RunContext } from "./context";
import { ApplyRefusedError } from "./errors";
import { acquireLock, startHeartbeat } from "./lock";
import { computePlan } from "./plan-service";
import { endRun, getApplyRun, messageOf, recordPlan, rollBack, succeed } from "./run-records";
import { runPlan } from "./run-stages";
import type { ApplyInput, ApplyOptions, ApplyRunView } from "./types";

export interface EngineInput extends ApplyInput {
  resumeOfId?: string;
}

function refuseUnlessApplicable(plan: Plan, options: ApplyOptions): void {
  if (options.expectedPlanHash && options.expectedPlanHash !== plan.hash) {
    throw new ApplyRefusedError(
      "stale-plan",
      "The appliance or the topology changed since this plan was made. Review the new plan.",
    );
  }
  const blockers = planBlockers(plan, options);
  if (blockers.length > 0) {
    const message = blockers.map((blocker) => blocker.message).join(". ");
    throw new ApplyRefusedError("blocked", `Not applied. ${message}.`, { blockers });
  }
}

async function execute(runId: string, input: EngineInput, options: ApplyOptions) {
  const { topologyId, applianceId } = input;
  const heart = startHeartbeat(runId, input.heartbeatMs);
  const stopped = () => heart.lost || input.abandon?.aborted === true;
  let client: NitroClient | undefined;
  let ctx: RunContext | undefined;
  // The start event is recorded while the plan is read; it lands before the first write and
  // before any end event.
  const started = recordRunStart(input, runId, options);
  started.catch(() => undefined);
  try {
    const opened = await openClient(input.workspaceId, applianceId, input.connection);
    client = input.wrapClient ? input.wrapClient(opened) : opened;
    const concurrency = input.concurrency ?? 4;
    const fields = { client, runId, topologyId, applianceId, concurrency, stopped };
    ctx = runContext(fields, 1, input.onStep);
    const { recorder } = ctx;
    const primaryCheck = startPrimaryCheck(client);
    const plan = await computePlan(client, input.desired, topologyId, applianceId, options.adopt);
    await Promise.all([started, recordPlan(runId, plan)]);
    refuseUnlessApplicable(plan, options);
    const { changes, failed } = await runPlan(ctx, plan, input.desired, primaryCheck);
    if (stopped()) return;
    if (failed === 0) return await succeed(ctx, input, input.desired, options, changes);
    const first = recorder.failures()[0];
    const cause = `${failed} change(s) failed${first ? `, first ${first.label}: ${first.message ?? ""}` : ""}.`;
    await rollBack(ctx, input, cause);
  } catch (error) {
    await started.catch(() => undefined);
    if (stopped()) return;
    await failRun(runId, input, ctx, error);
  } finally {
    heart.stop();
    await client?.dispose();
  }
}

/** Ends a run that threw: refusals and appliance errors are recorded; anything else rethrown. */
async function failRun(
  runId: string,
  input: EngineInput,
  ctx: RunContext | undefined,
  error: unknown,
) {
  const refusal = error instanceof ApplyRefusedError;
  // Nothing to undo before the first step (e.g. the appliance was unreachable for the plan).
  if (ctx && !refusal && ctx.recorder.started > 0) {
    await rollBack(ctx, input, `Stopped by an error: ${messageOf(error)}.`);
  } else {
    await endRun(input, runId, "FAILED", { error: messageOf(error) });
  }
  if (refusal)
    throw new ApplyRefusedError(error.reason, error.message, { ...error.details, runId });
  if (!isNitroError(error)) throw error;
}

function normaliseOptions(options: ApplyOptions = {}): ApplyOptions {
  return {
    adopt: [...new Set(options.adopt ?? [])].sort(),
    confirmReplace: options.confirmReplace ?? false,
    saveConfig: options.saveConfig ?? true,
    ...(options.expectedPlanHash ? { expectedPlanHash: options.expectedPlanHash } : {}),
  };
}

/**
 * Applies a compiled topology to an appliance. Resolves with the run (SUCCEEDED,
 * ROLLED_BACK or FAILED; still RUNNING only when abandoned); throws ApplyRefusedError when
 * refused (busy appliance, conflicts, missing references, unconfirmed replace, stale plan,
 * HA secondary).
 */
export async function runApply(input: EngineInput): Promise<ApplyRunView> {
  const { workspaceId, topologyId, applianceId } = input;
  if (!(await applyTargetsExist(workspaceId, topologyId, applianceId))) {
    throw new ApplyRefusedError("not-found", "This topology or appliance no longer exists.");
  }
  const options = normaliseOptions(input.options);
  const runId = await acquireLock(
    {
      workspaceId,
      topologyId,
      applianceId,
      actorId: input.actorId,
      options: { ...options, adopt: [...(options.adopt ?? [])] },
      ...(input.resumeOfId ? { resumeOfId: input.resumeOfId } : {}),
    },
    input.staleAfterMs,
  );
  input.onRunStarted?.(runId);
  await execute(runId, input, options);
  const view = await getApplyRun(workspaceId, runId, input);
  if (!view) throw new Error(`apply run ${runId} vanished`);
  return view;
}

export const applyTopology = (input: ApplyInput): Promise<ApplyRunView> => runApply(input);
