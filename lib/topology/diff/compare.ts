// Field-level comparison of two versions of one topology document, in the admin's words:
// "Servers › ums2 › Address: 10.10.20.12 → 10.10.20.13". Used by the revision history and
// by the wizard's Compare view after an edit conflict.
import type { TopologyKind } from "../schema/kinds";
import type { TopologyDraft } from "../schema/document";
import { stepIds, stepKeys, type StepId } from "../schema/step-ids";
import { igelUmsLabels } from "./igel-ums-labels";
import type { DocumentLabels } from "./label-tree";
import { walkDocument, type FieldPair } from "./walk";
import { xenMobileLabels } from "./xenmobile-labels";

export type ChangeKind = "added" | "removed" | "changed" | "unchanged";

export interface FieldComparison extends FieldPair {
  /** The labels joined: "Load balancing › Persistence timeout". */
  label: string;
  /** The wizard step that edits the field; null for the topology's name. */
  step: StepId | null;
  change: ChangeKind;
}

export type FieldChange = FieldComparison & { change: Exclude<ChangeKind, "unchanged"> };

export const LABEL_SEPARATOR = " › ";

const labelTrees: Record<TopologyKind, DocumentLabels> = {
  IGEL_UMS: igelUmsLabels,
  XENMOBILE: xenMobileLabels,
};

function changeOf(before: string | null, after: string | null): ChangeKind {
  if (before === after) return "unchanged";
  if (before === null) return "added";
  if (after === null) return "removed";
  return "changed";
}

function stepOf(kind: TopologyKind, key: string): StepId | null {
  return stepIds[kind].find((step) => stepKeys(kind, step).includes(key)) ?? null;
}

/**
 * Every field either version has, unchanged ones included. `keys` limits the comparison to
 * some top-level keys (the Compare view shows one step).
 */
export function compareDocuments(
  kind: TopologyKind,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  options: { keys?: readonly string[] } = {},
): FieldComparison[] {
  const tree = labelTrees[kind];
  const pick = (doc: Readonly<Record<string, unknown>>) =>
    options.keys
      ? Object.fromEntries(options.keys.filter((key) => key in doc).map((key) => [key, doc[key]]))
      : doc;
  const scoped = options.keys
    ? Object.fromEntries(options.keys.flatMap((key) => (tree[key] ? [[key, tree[key]]] : [])))
    : tree;
  return walkDocument(kind, scoped, pick(before), pick(after)).map((pair) => ({
    ...pair,
    label: pair.labels.join(LABEL_SEPARATOR),
    step: stepOf(kind, pair.key),
    change: changeOf(pair.before, pair.after),
  }));
}

const isChange = (row: FieldComparison): row is FieldChange => row.change !== "unchanged";

/** What changed from `before` to `after`, in wizard order; identical documents give []. */
export function diffDocuments(before: TopologyDraft, after: TopologyDraft): FieldChange[] {
  if (before.kind !== after.kind) {
    throw new Error(`Cannot compare a ${before.kind} topology with a ${after.kind} one.`);
  }
  return compareDocuments(before.kind, { ...before }, { ...after }).filter(isChange);
}
