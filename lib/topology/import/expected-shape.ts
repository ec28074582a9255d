// What each place in a document expects, read from the full (Review) schemas: the draft schemas
// have the same keys but hide their list rows inside transforms. Only the JSON type matters here
// (a string, a number, one of some values…); whether the value is right is validation's job.
import type { z } from "zod";

export type ExpectedShape =
  | { type: "string" }
  | { type: "number" }
  | { type: "boolean" }
  | { type: "oneOf"; values: readonly (string | number | boolean)[] }
  | { type: "object"; fields: Readonly<Record<string, ExpectedShape>> }
  /** `max`: the schema's .max() on the list, when it has one (lib/topology/schema/list-limits). */
  | { type: "array"; element: ExpectedShape; max?: number }
  | { type: "record"; keys: readonly string[] | null; value: ExpectedShape }
  | { type: "any" };

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  checks?: readonly z.core.$ZodCheck[];
}

function defOf(schema: z.ZodType): Def {
  return schema._zod.def as unknown as Def;
}

function literalValues(values: readonly unknown[]): (string | number | boolean)[] {
  return values.filter(
    (v): v is string | number | boolean =>
      typeof v === "string" || typeof v === "number" || typeof v === "boolean",
  );
}

/** The smallest .max() among a list's checks. */
function maxLength(checks: readonly z.core.$ZodCheck[]): number | undefined {
  let max: number | undefined;
  for (const check of checks) {
    const def = check._zod.def as { check: string; maximum?: unknown };
    if (def.check === "max_length" && typeof def.maximum === "number") {
      max = max === undefined ? def.maximum : Math.min(max, def.maximum);
    }
  }
  return max;
}

export function expectedShape(schema: z.ZodType): ExpectedShape {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return def.innerType ? expectedShape(def.innerType) : { type: "any" };
    case "pipe":
      return def.in ? expectedShape(def.in) : { type: "any" };
    case "string":
      return { type: "string" };
    case "number":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "enum":
      return { type: "oneOf", values: Object.values(def.entries ?? {}) };
    case "literal":
      return { type: "oneOf", values: literalValues(def.values ?? []) };
    case "object":
      return {
        type: "object",
        fields: Object.fromEntries(
          Object.entries(def.shape ?? {}).map(([key, child]) => [key, expectedShape(child)]),
        ),
      };
    case "array": {
      const element = def.element ? expectedShape(def.element) : { type: "any" as const };
      const max = maxLength(def.checks ?? []);
      return max === undefined ? { type: "array", element } : { type: "array", element, max };
    }
    case "record": {
      const keys = def.keyType ? expectedShape(def.keyType) : { type: "any" as const };
      return {
        type: "record",
        keys: keys.type === "oneOf" ? keys.values.map(String) : null,
        value: def.valueType ? expectedShape(def.valueType) : { type: "any" },
      };
    }
    default:
      return { type: "any" };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether the value has the JSON type the shape wants (the draft keeps it then). */
export function hasExpectedType(value: unknown, shape: ExpectedShape): boolean {
  switch (shape.type) {
    case "string":
    case "number":
    case "boolean":
      return typeof value === shape.type;
    case "oneOf":
      return shape.values.some((v) => v === value);
    case "object":
    case "record":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "any":
      return true;
  }
}

export function describeExpected(shape: ExpectedShape): string {
  switch (shape.type) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "oneOf":
      return shape.values.length === 1
        ? JSON.stringify(shape.values[0])
        : `one of ${shape.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "object":
    case "record":
      return "an object";
    case "array":
      return "an array";
    case "any":
      return "a value";
  }
}

export function describeFound(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (isPlainObject(value)) return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
