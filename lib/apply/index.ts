// Public surface of the apply engine (server only: it reads appliance credentials).
export { planTopology, type PlanInput } from "./plan-service";
export { applyTopology } from "./engine";
export { resumeApplyRun, rollbackApplyRun, type RunActionInput } from "./resume";
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
