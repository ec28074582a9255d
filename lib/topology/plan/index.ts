// Public surface of the planner: read the live state (a few bulk reads), diff it purely.
export { readLiveState, type LiveReader } from "./read-live";
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
