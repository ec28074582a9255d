// A revision's or a change's wizard step in the stepper's words.
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { stepMeta } from "@/lib/wizard/meta";

/** Saves without a step replace the whole document: an import or a restore. */
export const WHOLE_DOCUMENT = "Whole document";

export function stepLabel(kind: TopologyKind, step: string | null): string {
  if (!step) return WHOLE_DOCUMENT;
  return stepMeta(kind, step)?.label ?? step;
}
