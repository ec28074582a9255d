// The wizard's ordered step lists, one per kind, and the schemas behind each step. A step's
// schema is a z.object whose keys are the top-level document keys that step edits; the
// document schema is composed from them, so a step form and the document never disagree.
import type { z } from "zod";
import type { TopologyKind } from "./kinds";
import { igelUmsStepDraftSchemas } from "./igel-ums-draft";
import { igelUmsStepSchemas } from "./igel-ums";
import { xenMobileStepDraftSchemas } from "./xenmobile-draft";
import { xenMobileStepSchemas } from "./xenmobile";
import type { StepIdOf } from "./step-ids";

export {
  igelUmsStepIds,
  inputlessStepIds,
  isStepId,
  stepIds,
  stepKeys,
  xenMobileStepIds,
  type IgelUmsStepId,
  type StepId,
  type StepIdOf,
  type XenMobileStepId,
} from "./step-ids";

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
