// Walks two versions of a document side by side along the label tree and lists every field
// either version has, with both display texts. Deciding what changed is compare.ts's job.
import type { TopologyKind } from "../schema/kinds";
import { checklistTitles } from "./checklist-titles";
import { displayList, displayTick, displayValue } from "./display";
import type { ChecklistNode, FieldNode, RowsNode } from "./label-tree";

type Json = Readonly<Record<string, unknown>>;

export interface FieldPair {
  /** Stable across row moves, e.g. `servers["ums2"].address`: rows are named by their key. */
  id: string;
  /** The dotted path validation reports ("servers.1.address"), in the newer version if present. */
  path: string;
  /** The top-level document key the field belongs to (decides its wizard step). */
  key: string;
  /** Human path segments: ["Servers", "ums2", "Address"]. */
  labels: readonly string[];
  before: string | null;
  after: string | null;
}

interface At {
  id: string;
  path: string;
  key: string;
  labels: readonly string[];
}

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const asRecord = (value: unknown): Json | undefined => (isRecord(value) ? value : undefined);

function child(at: At, name: string, label: string | undefined): At {
  return {
    id: at.id ? `${at.id}.${name}` : name,
    path: at.path ? `${at.path}.${name}` : name,
    key: at.key || name,
    labels: label ? [...at.labels, label] : at.labels,
  };
}

export function walkDocument(
  kind: TopologyKind,
  tree: Readonly<Record<string, FieldNode>>,
  before: Json,
  after: Json,
): FieldPair[] {
  const out: FieldPair[] = [];
  walkFields(kind, tree, before, after, { id: "", path: "", key: "", labels: [] }, out);
  return out;
}

function walkFields(
  kind: TopologyKind,
  fields: Readonly<Record<string, FieldNode>>,
  before: Json | undefined,
  after: Json | undefined,
  at: At,
  out: FieldPair[],
): void {
  for (const [name, node] of Object.entries(fields)) {
    walkNode(kind, node, before?.[name], after?.[name], child(at, name, labelOf(node)), out);
  }
  // Keys the tree does not know are still compared, under their own name.
  const known = new Set(Object.keys(fields));
  const extra = [...Object.keys(before ?? {}), ...Object.keys(after ?? {})].filter(
    (name) => !known.has(name) && !(at.key === "" && (name === "kind" || name === "schemaVersion")),
  );
  for (const name of new Set(extra)) {
    walkUnknown(kind, before?.[name], after?.[name], child(at, name, name), out);
  }
}

const labelOf = (node: FieldNode): string | undefined => node.label;

function walkNode(
  kind: TopologyKind,
  node: FieldNode,
  before: unknown,
  after: unknown,
  at: At,
  out: FieldPair[],
): void {
  switch (node.type) {
    case "value":
      return push(at, displayValue(before, node), displayValue(after, node), out);
    case "list":
      return push(at, displayList(before), displayList(after), out);
    case "group":
      return walkFields(kind, node.fields, asRecord(before), asRecord(after), at, out);
    case "rows":
      return walkRows(kind, node, before, after, at, out);
    case "checklist":
      return walkChecklist(kind, node, before, after, at, out);
  }
}

function push(at: At, before: string | null, after: string | null, out: FieldPair[]): void {
  if (before === null && after === null) return;
  out.push({ id: at.id, path: at.path, key: at.key, labels: at.labels, before, after });
}

function walkUnknown(
  kind: TopologyKind,
  before: unknown,
  after: unknown,
  at: At,
  out: FieldPair[],
): void {
  if (isRecord(before) || isRecord(after)) {
    return walkFields(kind, {}, asRecord(before), asRecord(after), at, out);
  }
  const rowsOfObjects = [before, after].some(
    (list) => Array.isArray(list) && list.some((item) => isRecord(item)),
  );
  if (rowsOfObjects) {
    const byPosition: RowsNode = {
      type: "rows",
      label: "",
      key: () => undefined,
      rowLabel: (_key, index) => `Row ${index + 1}`,
      fields: {},
    };
    return walkRows(kind, byPosition, before, after, at, out);
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    return push(at, displayList(before), displayList(after), out);
  }
  push(at, displayValue(before), displayValue(after), out);
}

interface KeyedRow {
  /** The row's key quoted (`"ums1"`), or `#<index>` when it has none or shares it. */
  match: string;
  label: string;
  index: number;
  row: Json;
}

function keyedRows(node: RowsNode, raw: unknown): KeyedRow[] {
  const rows = Array.isArray(raw) ? raw : [];
  const keys = rows.map((row) => (isRecord(row) ? node.key(row) : undefined));
  const seen = new Map<string, number>();
  for (const key of keys) if (key !== undefined) seen.set(key, (seen.get(key) ?? 0) + 1);
  return rows.flatMap((row, index) => {
    if (!isRecord(row)) return [];
    const key = keys[index];
    // A duplicate key cannot identify a row: such rows are matched by position instead.
    const usable = key !== undefined && seen.get(key) === 1 ? key : undefined;
    return [
      {
        match: usable === undefined ? `#${index}` : JSON.stringify(usable),
        label: node.rowLabel(usable, index),
        index,
        row,
      },
    ];
  });
}

function walkRows(
  kind: TopologyKind,
  node: RowsNode,
  before: unknown,
  after: unknown,
  at: At,
  out: FieldPair[],
): void {
  const old = keyedRows(node, before);
  const now = keyedRows(node, after);
  const oldByMatch = new Map(old.map((row) => [row.match, row]));
  const nowMatches = new Set(now.map((row) => row.match));
  // Rows of the newer version in its order, then the rows it no longer has.
  const pairs = [
    ...now.map((row) => ({ now: row, old: oldByMatch.get(row.match) })),
    ...old.filter((row) => !nowMatches.has(row.match)).map((row) => ({ now: undefined, old: row })),
  ];
  for (const pair of pairs) {
    const shown = pair.now ?? pair.old;
    if (!shown) continue;
    const rowAt: At = {
      id: `${at.id}[${shown.match}]`,
      path: `${at.path}.${shown.index}`,
      key: at.key,
      labels: [...at.labels, shown.label],
    };
    walkFields(kind, node.fields, pair.old?.row, pair.now?.row, rowAt, out);
  }
  pushOrder(old, now, at, out);
}

/** A list whose shared rows changed places says so once, instead of field by field. */
function pushOrder(old: KeyedRow[], now: KeyedRow[], at: At, out: FieldPair[]): void {
  const shared = new Set(old.map((row) => row.match).filter((m) => now.some((r) => r.match === m)));
  const oldOrder = old.filter((row) => shared.has(row.match)).map((row) => row.match);
  const nowOrder = now.filter((row) => shared.has(row.match)).map((row) => row.match);
  if (oldOrder.join("\u0000") === nowOrder.join("\u0000")) return;
  out.push({
    id: `${at.id}#order`,
    path: at.path,
    key: at.key,
    labels: [...at.labels, "Order"],
    before: old.map((row) => row.label).join(", "),
    after: now.map((row) => row.label).join(", "),
  });
}

function walkChecklist(
  kind: TopologyKind,
  node: ChecklistNode,
  before: unknown,
  after: unknown,
  at: At,
  out: FieldPair[],
): void {
  const titles = checklistTitles(kind, node.list);
  const old = asRecord(before) ?? {};
  const now = asRecord(after) ?? {};
  const ids = new Set([...titles.keys(), ...Object.keys(old), ...Object.keys(now)]);
  for (const id of ids) {
    // An item neither version mentions is not done in both: nothing to say about it.
    if (old[id] === undefined && now[id] === undefined) continue;
    push(child(at, id, titles.get(id) ?? id), displayTick(old[id]), displayTick(now[id]), out);
  }
}
