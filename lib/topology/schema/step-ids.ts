// The wizard's step lists and the top-level document keys each step edits, without zod: the
// browser needs the step order on every wizard page, and importing it from `steps.ts` would
// ship every step schema with it. `steps.ts` re-exports these, and its test proves the key
// table equals the schemas' shapes, so the two can never disagree.
import type { TopologyKind } from "./kinds";

export const igelUmsStepIds = [
  "prerequisites",
  "database",
  "servers",
  "network",
  "load-balancing",
  "dns",
  "review",
  "apply",
  "after",
] as const;

export const xenMobileStepIds = [
  "prerequisites",
  "nodes",
  "mdm",
  "mam",
  "gateway",
  "dns",
  "review",
  "apply",
  "after",
] as const;

export type IgelUmsStepId = (typeof igelUmsStepIds)[number];
export type XenMobileStepId = (typeof xenMobileStepIds)[number];
export type StepId = IgelUmsStepId | XenMobileStepId;

export const stepIds = {
  IGEL_UMS: igelUmsStepIds,
  XENMOBILE: xenMobileStepIds,
} as const satisfies Record<TopologyKind, readonly string[]>;

export type StepIdOf<K extends TopologyKind> = (typeof stepIds)[K][number];

/** Steps without inputs: the wizard renders them from the whole document. */
export const inputlessStepIds = ["review", "apply"] as const;

/** Top-level keys of each step's schema, in schema order (review and apply have none). */
export const stepKeyTable = {
  IGEL_UMS: {
    prerequisites: ["prefix", "prerequisites"],
    database: ["database"],
    servers: ["servers"],
    network: ["network"],
    "load-balancing": ["loadBalancing"],
    dns: ["dns"],
    review: [],
    apply: [],
    after: ["after"],
  },
  XENMOBILE: {
    prerequisites: ["prefix", "prerequisites"],
    nodes: ["nodes", "monitor"],
    mdm: ["mdm"],
    mam: ["mam"],
    gateway: ["gateway"],
    dns: ["dns"],
    review: [],
    apply: [],
    after: ["after"],
  },
} as const satisfies { [K in TopologyKind]: Record<StepIdOf<K>, readonly string[]> };

export function isStepId<K extends TopologyKind>(kind: K, value: string): value is StepIdOf<K> {
  return (stepIds[kind] as readonly string[]).includes(value);
}

/** Top-level document keys a step edits (empty for review and apply). */
export function stepKeys(kind: TopologyKind, step: StepId): readonly string[] {
  const keys: Partial<Record<string, readonly string[]>> = stepKeyTable[kind];
  return keys[step] ?? [];
}
