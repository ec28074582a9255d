// Public surface of the planner: build the live state from read-back rows, diff it purely.
// Reading those rows from an appliance is lib/apply/read-live.ts.
export { buildLiveState, type LiveRows } from "./live-state";
export { diff, desiredKey } from "./diff";
export { identityKey, identityOf, identityAttributes } from "./identity";
export { summarise, planBlockers, type PlanBlocker } from "./summary";
export { SECRET_MASK, maskSecrets, secretNames, secretsOf, withoutSecrets } from "./secrets";
export { canUpdateInPlace, memberUpdatable } from "./update-paths";
export type {
  AttributeChange,
  DiffOptions,
  LiveObject,
  LiveState,
  MissingReference,
  Plan,
  PlanAction,
  PlanItem,
  PlanRelease,
  PlanSummary,
  TrackedObject,
} from "./types";
export { planActions } from "./types";
