import type { FieldSchema } from "../schema";
import type { Row } from "./store";

export interface RenderOptions {
  defaults?: Row;
  computed?: Row;
  /** Double-declared fields the appliance nevertheless sends as JSON numbers. */
  asNumber?: readonly string[];
  /** Stored but never returned (secrets). */
  hidden?: readonly string[];
  /** Field placed first, as the appliance lists the key first. */
  key?: string;
}

/** Turns a stored row into the appliance's wire shape (Double fields as strings). */
export function renderRow(schema: FieldSchema, row: Row, options: RenderOptions = {}): Row {
  // Key first, then what was configured, then defaults for the rest, then live values.
  const merged: Row = options.key ? { [options.key]: row[options.key] } : {};
  Object.assign(merged, row);
  for (const [field, value] of Object.entries(options.defaults ?? {})) {
    if (merged[field] === undefined) merged[field] = value;
  }
  Object.assign(merged, options.computed);
  const out: Row = {};
  for (const [field, value] of Object.entries(merged)) {
    if (value === undefined || options.hidden?.includes(field)) continue;
    const asString = schema.asString.has(field) && !options.asNumber?.includes(field);
    out[field] = asString && typeof value === "number" ? String(value) : value;
  }
  return out;
}
