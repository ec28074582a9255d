// A validation path in the admin's words, along the same label tree the history uses:
// "servers.0.address" → ["Servers", "ums1", "Address"]. Unlike the diff walk, it also names
// fields that are still empty, so an issue about a missing value reads like its input.
import type { TopologyKind } from "../schema/kinds";
import { checklistTitles } from "./checklist-titles";
import { igelUmsLabels } from "./igel-ums-labels";
import type { DocumentLabels, FieldNode } from "./label-tree";
import { xenMobileLabels } from "./xenmobile-labels";

export const documentLabels: Record<TopologyKind, DocumentLabels> = {
  IGEL_UMS: igelUmsLabels,
  XENMOBILE: xenMobileLabels,
};

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function rowAt(list: unknown, index: number): Readonly<Record<string, unknown>> {
  const row = Array.isArray(list) ? list[index] : undefined;
  return isRecord(row) ? row : {};
}

/** Human segments of a dotted path; segments the tree does not know keep their own name. */
export function pathLabels(kind: TopologyKind, doc: unknown, path: string): string[] {
  const segments = path.split(".").filter((s) => s !== "");
  const labels: string[] = [];
  let fields: Readonly<Record<string, FieldNode>> | null = documentLabels[kind];
  let value: unknown = doc;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? "";
    const node: FieldNode | undefined = fields?.[segment];
    value = isRecord(value) ? value[segment] : undefined;
    if (!node) {
      for (const rest of segments.slice(i)) labels.push(rest);
      break;
    }
    if (node.label) labels.push(node.label);
    fields = null;
    if (node.type === "group") {
      fields = node.fields;
    } else if (node.type === "rows") {
      const next = segments[i + 1];
      if (next === undefined || !/^\d+$/.test(next)) continue;
      const index = Number(next);
      const row = rowAt(value, index);
      labels.push(node.rowLabel(node.key(row), index));
      value = row;
      fields = node.fields;
      i += 1;
    } else if (node.type === "checklist") {
      const item = segments[i + 1];
      if (item !== undefined) labels.push(checklistTitles(kind, node.list).get(item) ?? item);
      break;
    } else {
      break;
    }
  }
  return labels;
}
