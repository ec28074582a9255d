// The history shows changes grouped under the wizard step that edits them, in step order.
import type { TopologyKind } from "../schema/kinds";
import { stepIds, type StepId } from "../schema/step-ids";
import type { FieldComparison } from "./compare";

export interface StepGroup<T extends FieldComparison> {
  /** null: fields no step edits (the topology's name). */
  step: StepId | null;
  changes: T[];
}

export function groupByStep<T extends FieldComparison>(
  kind: TopologyKind,
  changes: readonly T[],
): StepGroup<T>[] {
  const order: (StepId | null)[] = [null, ...stepIds[kind]];
  return order
    .map((step) => ({ step, changes: changes.filter((change) => change.step === step) }))
    .filter((group) => group.changes.length > 0);
}
