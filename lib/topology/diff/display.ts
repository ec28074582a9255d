// Values as the history shows them: yes/no for switches, the wizard's words for choices, and
// checklist ticks as "done by Alex on …" rather than raw { done, by, at } objects.
import { formatDateTime } from "@/lib/format";
import type { ValueNode } from "./label-tree";

export const EMPTY_TEXT = "(empty)";
export const NONE_TEXT = "(none)";
export const NOT_DONE_TEXT = "not done";

/** Text of one value, or null when the document has no value there. */
export function displayValue(raw: unknown, node?: ValueNode): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "boolean") return raw ? "yes" : "no";
  if (typeof raw === "number") return node?.unit ? `${raw} ${node.unit}` : String(raw);
  if (typeof raw === "string") {
    if (raw === "") return EMPTY_TEXT;
    return node?.values?.[raw] ?? raw;
  }
  // Not a value the schema knows at this place: show it whole rather than hide it.
  return JSON.stringify(raw);
}

/** A list of plain values as one text (MDM ports "443, 8443"). */
export function displayList(raw: unknown): string | null {
  if (raw === undefined || raw === null) return null;
  if (!Array.isArray(raw)) return displayValue(raw);
  if (raw.length === 0) return NONE_TEXT;
  return raw.map((item) => displayValue(item) ?? NONE_TEXT).join(", ");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A checklist tick: "not done", "done", "done by Alex", "done by Alex on 3 Mar 2026, 10:00 UTC". */
export function displayTick(raw: unknown): string {
  if (!isRecord(raw) || raw.done !== true) return NOT_DONE_TEXT;
  const by = typeof raw.by === "string" && raw.by ? ` by ${raw.by}` : "";
  const when = typeof raw.at === "string" ? new Date(raw.at) : null;
  const on = when && !Number.isNaN(when.getTime()) ? ` on ${formatDateTime(when)}` : "";
  return `done${by}${on}`;
}
