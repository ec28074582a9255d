// After a crash a run is INTERRUPTED. Resume = a fresh plan, reviewed and confirmed like any
// apply, that converges (the interrupted run recorded ownership before each create, so nothing
// it made is a conflict); rollback = undo its recorded steps, newest first, under the lock.
import { reopenRun, ApplianceBusyError } from "@/lib/apply/store/runs";
import { maxStepSeq } from "@/lib/apply/store/steps";
import type { NitroClient } from "@/lib/nitro";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { recordRunEvent } from "./audit";
import { openClient } from "./connect";
import { runContext } from "./context";
import { ApplyRefusedError } from "./errors";
import { runApply } from "./engine";
import { busyError, staleBefore, startHeartbeat } from "./lock";
import { rollbackRun } from "./rollback";
import { endRun, getApplyRun, messageOf } from "./run-records";
import type { ApplyOptions, ApplyOrigin, ApplyRunView, ApplyStepView, EngineSeams } from "./types";

export interface RunActionInput extends EngineSeams {
  workspaceId: string;
  runId: string;
  /** The topology the caller acts on: a run of another topology is "not found" to it. */
  topologyId?: string;
  actorId: string | null;
  origin?: ApplyOrigin;
  onStep?: (step: ApplyStepView) => void;
  /** Called once the new (resume) or reopened (rollback) run holds the lock, before any change. */
  onRunStarted?: (runId: string) => void;
}

/** What the admin confirmed for a resume, together with the fresh plan they reviewed. */
export interface ResumeInput extends RunActionInput {
  desired: DesiredConfig;
  /**
   * Hash of the fresh plan the admin reviewed for this resume (`planTopology` for the run's
   * topology and appliance with the same `adopt` list). Required: a resume whose fresh plan has
   * another hash is refused with reason "stale-plan".
   */
  expectedPlanHash: string;
  /**
   * The adopt list, replace confirmation and save choice confirmed now with that plan. Nothing
   * is carried over from the interrupted run: left out means no adoption, no replace, save.
   */
  options?: Omit<ApplyOptions, "expectedPlanHash">;
  /** The appliance the reviewed plan was made against; the run's must be the same one. */
  applianceId?: string;
}

async function stoppedRun(input: RunActionInput, allowed: readonly string[]) {
  const run = await getApplyRun(input.workspaceId, input.runId, input);
  // Resume applies the caller's topology: it must be the run's own, or it would converge the
  // appliance to another design under this run's ownership records.
  if (!run || (input.topologyId !== undefined && run.topologyId !== input.topologyId)) {
    throw new ApplyRefusedError("not-found", "This apply run no longer exists.");
  }
  if (!allowed.includes(run.status)) {
    throw new ApplyRefusedError("wrong-state", `This apply run is ${run.status.toLowerCase()}.`);
  }
  return run;
}

/**
 * Resumes an INTERRUPTED run: a new run (resumeOfId = the old one) that re-plans the caller's
 * topology under the lock and applies it only if the fresh plan is the one reviewed
 * (`expectedPlanHash`), with the choices confirmed now. Resolves with the new run; throws
 * ApplyRefusedError (not-found | wrong-state | busy | stale-plan | blocked | secondary).
 */
export async function resumeApplyRun(input: ResumeInput): Promise<ApplyRunView> {
  const run = await stoppedRun(input, ["INTERRUPTED"]);
  if (input.applianceId !== undefined && input.applianceId !== run.applianceId) {
    throw new ApplyRefusedError(
      "wrong-state",
      "This topology now targets another appliance than the interrupted run. Roll the run back, or plan and apply afresh.",
    );
  }
  if (!input.expectedPlanHash) {
    throw new ApplyRefusedError("stale-plan", "Review the plan for this resume first.");
  }
  const { applianceId: _reviewedOn, options, expectedPlanHash, ...rest } = input;
  return runApply({
    ...rest,
    topologyId: run.topologyId,
    applianceId: run.applianceId,
    options: { ...options, expectedPlanHash },
    resumeOfId: run.id,
  });
}

/** Undoes what an interrupted (or incompletely rolled back) run changed. */
export async function rollbackApplyRun(input: RunActionInput): Promise<ApplyRunView> {
  const run = await stoppedRun(input, ["INTERRUPTED", "FAILED"]);
  try {
    const reopened = await reopenRun(run.id, staleBefore(input.staleAfterMs), run.applianceId);
    if (!reopened) throw new ApplyRefusedError("wrong-state", "This apply run changed meanwhile.");
    input.onRunStarted?.(run.id);
  } catch (error) {
    if (error instanceof ApplianceBusyError) throw busyError();
    throw error;
  }
  const target = { ...input, topologyId: run.topologyId, applianceId: run.applianceId };
  const heart = startHeartbeat(run.id, input.heartbeatMs);
  const stopped = () => heart.lost || input.abandon?.aborted === true;
  let client: NitroClient | undefined;
  try {
    await recordRunEvent(target, "topology.rollback_started", {
      runId: run.id,
      previousStatus: run.status,
    });
    client = await openClient(input.workspaceId, run.applianceId, input.connection);
    const { topologyId, applianceId } = target;
    const fields = { topologyId, applianceId, client, runId: run.id, concurrency: 1, stopped };
    const ctx = runContext(fields, (await maxStepSeq(run.id)) + 1, input.onStep);
    const failed = await rollbackRun(ctx);
    if (!stopped()) {
      const error = failed === 0 ? null : `Rollback incomplete: ${failed} undo step(s) failed.`;
      const status = failed === 0 ? "ROLLED_BACK" : "FAILED";
      await endRun(target, run.id, status, { error }, "topology.rollback");
    }
  } catch (error) {
    if (!stopped()) {
      await endRun(target, run.id, "FAILED", { error: messageOf(error) }, "topology.rollback");
    }
  } finally {
    heart.stop();
    await client?.dispose();
  }
  const view = await getApplyRun(input.workspaceId, run.id, input);
  if (!view) throw new Error(`apply run ${run.id} vanished`);
  return view;
}
