// How the diff reads a document: which keys are values, groups, keyed rows or checklists, and
// the words an admin sees for each. Plain data per kind (igel-ums-labels.ts, xenmobile-labels.ts);
// a key missing from the tree is still compared, under its own name.

export interface ValueNode {
  type: "value";
  label: string;
  /** Display text of enum values (the wizard's choice labels). */
  values?: Readonly<Record<string, string>>;
  unit?: string;
}

/** An object whose fields appear under its label, or directly under the parent without one. */
export interface GroupNode {
  type: "group";
  label?: string;
  fields: Readonly<Record<string, FieldNode>>;
}

/**
 * A list of objects matched by a stable key (a server's name, a port number) rather than by
 * position, so removing the first server does not read as every later server changing.
 */
export interface RowsNode {
  type: "rows";
  label: string;
  /** The row's key, or undefined when it has none (it is then matched by position). */
  key: (row: Readonly<Record<string, unknown>>) => string | undefined;
  /** How a row is named in the path: its key, or its position when it has no usable key. */
  rowLabel: (key: string | undefined, index: number) => string;
  fields: Readonly<Record<string, FieldNode>>;
}

/** A list of plain values (MDM ports), compared as one value. */
export interface ListNode {
  type: "list";
  label: string;
}

/** Checklist ticks keyed by item id; a missing item is simply not done. */
export interface ChecklistNode {
  type: "checklist";
  label: string;
  list: "prerequisites" | "after";
}

export type FieldNode = ValueNode | GroupNode | RowsNode | ListNode | ChecklistNode;

/** Top-level document keys in wizard order; kind and schemaVersion are never compared. */
export type DocumentLabels = Readonly<Record<string, FieldNode>>;

export const value = (
  label: string,
  extra: { values?: Readonly<Record<string, string>>; unit?: string } = {},
): ValueNode => ({ type: "value", label, ...extra });

export const group = (
  label: string | undefined,
  fields: Readonly<Record<string, FieldNode>>,
): GroupNode => ({ type: "group", label, fields });

/** A trimmed, non-empty text field of the row as its key (e.g. a server's name). */
export function textKey(field: string): RowsNode["key"] {
  return (row) => {
    const raw = row[field];
    const text = typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : "";
    return text || undefined;
  };
}
