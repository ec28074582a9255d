// Step lists and the document keys each wizard page may change. The step order and ownership
// come from lib/topology; a page may also edit keys listed in its metadata's `alsoEdits`.
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import type { TopologyDraft } from "@/lib/topology/schema/document";
import { isStepId, stepIds, stepKeys, type StepId } from "@/lib/topology/schema/step-ids";
import { stepMeta } from "./meta";

export function wizardStepIds(kind: TopologyKind): readonly StepId[] {
  return stepIds[kind];
}

export function firstStep(kind: TopologyKind): StepId {
  return stepIds[kind][0];
}

export function asStepId(kind: TopologyKind, value: string | null | undefined): StepId | null {
  return value && isStepId(kind, value) ? value : null;
}

/** The step before and after `step`, or null at either end. */
export function neighbours(kind: TopologyKind, step: StepId) {
  const ids = wizardStepIds(kind);
  const index = ids.indexOf(step);
  return { previous: ids[index - 1] ?? null, next: ids[index + 1] ?? null };
}

/** Top-level document keys a save from this step may contain. */
export function editableKeys(kind: TopologyKind, step: StepId): readonly string[] {
  const own = stepKeys(kind, step);
  const extra = stepMeta(kind, step)?.alsoEdits ?? [];
  return [...own, ...extra.filter((key) => !own.includes(key))];
}

/** The part of the document a step saves: only its editable keys, as they are now. */
export function pickStepPatch(
  kind: TopologyKind,
  step: StepId,
  doc: TopologyDraft,
): Record<string, unknown> {
  const source: Record<string, unknown> = { ...doc };
  const patch: Record<string, unknown> = {};
  for (const key of editableKeys(kind, step)) {
    if (source[key] !== undefined) patch[key] = source[key];
  }
  return patch;
}

/** The step that owns a top-level key (where its issues count in the stepper). */
export function owningStep(kind: TopologyKind, key: string): StepId | null {
  return wizardStepIds(kind).find((step) => stepKeys(kind, step).includes(key)) ?? null;
}

/**
 * The step whose page asks for the field at a dotted path: a step that `asksFor` it (or a
 * field above it), else the step owning its top-level key. Issues count and link there.
 */
export function fieldStep(kind: TopologyKind, path: string): StepId | null {
  const asking = wizardStepIds(kind).find((step) =>
    (stepMeta(kind, step)?.asksFor ?? []).some(
      (field) => path === field || path.startsWith(`${field}.`),
    ),
  );
  return asking ?? owningStep(kind, path.split(".")[0] ?? "");
}

/** The step that picks the appliance, if the kind's wizard has one. */
export function applianceStep(kind: TopologyKind): StepId | null {
  return wizardStepIds(kind).find((step) => stepMeta(kind, step)?.choosesAppliance) ?? null;
}
