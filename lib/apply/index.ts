// Public surface of the apply engine (server only: it reads appliance credentials).
export { planTopology, type PlanInput } from "./plan-service";
export { applyTopology } from "./engine";
// resumeApplyRun(input: ResumeInput): Promise<ApplyRunView> — re-plans the INTERRUPTED run's
// topology under the lock and applies it only when the fresh plan's hash equals
// input.expectedPlanHash (the plan the admin reviewed), with input.options (adopt,
// confirmReplace, saveConfig) as confirmed now; throws ApplyRefusedError, "stale-plan" when the
// plan changed. rollbackApplyRun(input: RunActionInput): Promise<ApplyRunView>. Both call
// input.onRunStarted(runId) once the run holds the lock.
export { resumeApplyRun, rollbackApplyRun, type ResumeInput, type RunActionInput } from "./resume";
export { getApplyRun, listApplyRuns } from "./run-records";
export { ApplyRefusedError, type RefusalReason } from "./errors";
export { DEFAULT_HEARTBEAT_MS, DEFAULT_STALE_AFTER_MS } from "./lock";
export type {
  ApplyInput,
  ApplyOptions,
  ApplyRunStatus,
  ApplyRunView,
  ApplyStepResult,
  ApplyStepView,
  ApplyTarget,
  EngineSeams,
} from "./types";
