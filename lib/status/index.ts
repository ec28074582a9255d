// Public surface of the live status feature (server only: pollers read appliance credentials).
export {
  getStatusRegistry,
  StatusRegistry,
  type RegistryOptions,
  type StatusResult,
} from "./registry";
export { listTransitions } from "./history";
export { runningStatusWatcher, startStatusWatcher, StatusWatcher } from "./watcher";
export { statusIntervalMs, statusRetentionDays } from "./config";
export type {
  ApplianceBar,
  DriftStatus,
  MemberStatus,
  StatusFailure,
  TopologyStatus,
  VserverStatus,
} from "./types";
export type { TransitionView, TransitionFilter } from "@/lib/status/store";
