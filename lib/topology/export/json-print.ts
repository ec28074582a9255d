// JSON printing that matches Prettier's JSON style (two spaces, objects expanded, short lists
// of plain values on one line), so exported files and checked-in examples stay byte-identical
// when the repository's formatter runs over them.

const PRINT_WIDTH = 100;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Plain = null | boolean | number | string;

function isPlain(value: Json): value is Plain {
  return value === null || typeof value !== "object";
}

function print(value: Json, indent: string, lead: number, trailing: number): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every(isPlain)) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
      if (lead + flat.length + trailing <= PRINT_WIDTH) return flat;
    }
    const items = value.map((v, i) => {
      const comma = i < value.length - 1 ? 1 : 0;
      return `${inner}${print(v, inner, inner.length, comma)}`;
    });
    return `[\n${items.join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([key, v], i) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    const comma = i < entries.length - 1 ? 1 : 0;
    return `${head}${print(v, inner, head.length, comma)}`;
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

/** `value` must be plain JSON data (undefined properties are left out, as JSON does). */
export function printJson(value: unknown): string {
  const data = JSON.parse(JSON.stringify(value)) as Json;
  return `${print(data, "", 0, 0)}\n`;
}
