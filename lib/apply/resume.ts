// After a crash a run is INTERRUPTED. Resume = a fresh plan and apply that converges (the
// interrupted run recorded ownership before each create, so nothing it made is a conflict);
// rollback = undo its recorded steps, newest first, under the appliance lock.
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

/** Re-plans and applies the interrupted run's topology with its options (new run). */
export async function resumeApplyRun(
  input: RunActionInput & { desired: DesiredConfig; options?: ApplyOptions },
): Promise<ApplyRunView> {
  const run = await stoppedRun(input, ["INTERRUPTED"]);
  const { expectedPlanHash: _reviewed, ...options } = run.options;
  return runApply({
    ...input,
    topologyId: run.topologyId,
    applianceId: run.applianceId,
    options: { ...options, ...input.options },
    resumeOfId: run.id,
  });
}

/** Undoes what an interrupted (or incompletely rolled back) run changed. */
export async function rollbackApplyRun(input: RunActionInput): Promise<ApplyRunView> {
  const run = await stoppedRun(input, ["INTERRUPTED", "FAILED"]);
  try {
    const reopened = await reopenRun(run.id, staleBefore(input.staleAfterMs), run.applianceId);
    if (!reopened) throw new ApplyRefusedError("wrong-state", "This apply run changed meanwhile.");
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
