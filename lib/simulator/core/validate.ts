import { NitroError } from "../errors";
import type { FieldKind, FieldSchema } from "../schema";
import type { Row } from "./store";

// Input checking shared by every resource: unknown or not-settable attributes are refused
// (278), values are coerced like the appliance's parser does (numbers may arrive as strings),
// and enum tokens are matched case-insensitively but stored in their canonical spelling.

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function asObject(input: unknown): Record<string, unknown> {
  if (!isPlainObject(input)) throw new NitroError(1233);
  return input;
}

function coerce(field: string, kind: FieldKind, value: unknown): unknown {
  const bad = (): NitroError => new NitroError(1097, `${field}, ${JSON.stringify(value)}`);
  switch (kind) {
    case "int": {
      const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
      if (typeof n !== "number" || !Number.isFinite(n) || !Number.isInteger(n)) throw bad();
      return n;
    }
    case "bool":
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "false") return value === "true";
      throw bad();
    case "str":
      if (typeof value === "string") return value;
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      throw bad();
    case "strList":
    case "intList": {
      const list = Array.isArray(value) ? value : [value];
      const itemKind = kind === "strList" ? "str" : "int";
      return list.map((item) => coerce(field, itemKind, item));
    }
  }
}

function canonicalEnum(schema: FieldSchema, field: string, value: unknown): unknown {
  const tokens = schema.enums.get(field);
  if (!tokens || typeof value !== "string") return value;
  const hit = tokens.find((t) => t.toLowerCase() === value.toLowerCase());
  if (hit === undefined) throw new NitroError(1097, `${field}, ${value}`);
  return hit;
}

/**
 * Validates one object of a request body against the fields `allowed` for this operation.
 * Null values are treated as absent (some clients serialise unset optionals as null).
 */
export function normalize(schema: FieldSchema, input: unknown, allowed: ReadonlySet<string>): Row {
  const out: Row = {};
  for (const [field, value] of Object.entries(asObject(input))) {
    if (value === null || value === undefined) continue;
    const kind = schema.kinds.get(field);
    if (kind === undefined || !allowed.has(field)) throw new NitroError(278, field);
    out[field] = canonicalEnum(schema, field, coerce(field, kind, value));
  }
  return out;
}

export function requireFields(row: Row, fields: readonly string[]): void {
  for (const f of fields) if (row[f] === undefined || row[f] === "") throw new NitroError(1095, f);
}

/** Coerces `args=` values (always text) to the field's type so they compare with stored rows. */
export function coerceArgs(schema: FieldSchema, args: Map<string, string>): Row {
  const out: Row = {};
  for (const [field, value] of args) {
    const kind = schema.kinds.get(field);
    if (kind === undefined) throw new NitroError(278, field);
    out[field] = kind === "strList" || kind === "intList" ? value : coerce(field, kind, value);
  }
  return out;
}

export const union = (...sets: Iterable<string>[]): Set<string> => {
  const out = new Set<string>();
  for (const s of sets) for (const v of s) out.add(v);
  return out;
};
