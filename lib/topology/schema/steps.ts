// The wizard's ordered step lists, one per kind, and the schemas behind each step. A step's
// schema is a z.object whose keys are the top-level document keys that step edits; the
// document schema is composed from them, so a step form and the document never disagree.
import type { z } from "zod";
import type { TopologyKind } from "./kinds";
import { igelUmsStepDraftSchemas } from "./igel-ums-draft";
import { igelUmsStepSchemas } from "./igel-ums";
import { xenMobileStepDraftSchemas } from "./xenmobile-draft";
import { xenMobileStepSchemas } from "./xenmobile";

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

/** Full (Review-level) schema of each step, per kind. */
export const stepSchemas = {
  IGEL_UMS: igelUmsStepSchemas,
  XENMOBILE: xenMobileStepSchemas,
} as const satisfies { [K in TopologyKind]: Record<StepIdOf<K>, z.ZodObject> };

/** Lenient schema of each step, for saving a half-filled step form. */
export const stepDraftSchemas = {
  IGEL_UMS: igelUmsStepDraftSchemas,
  XENMOBILE: xenMobileStepDraftSchemas,
} as const satisfies { [K in TopologyKind]: Record<StepIdOf<K>, z.ZodObject> };

export function isStepId<K extends TopologyKind>(kind: K, value: string): value is StepIdOf<K> {
  return (stepIds[kind] as readonly string[]).includes(value);
}

/** Top-level document keys a step edits (empty for review and apply). */
export function stepKeys(kind: TopologyKind, step: StepId): readonly string[] {
  const schemas: Record<string, z.ZodObject> = stepSchemas[kind];
  const schema = schemas[step];
  return schema ? Object.keys(schema.shape) : [];
}
