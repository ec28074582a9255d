// Query-string handling for NITRO URLs: `args=` / `filter=` pairs, `attrs=`, `count=yes`,
// paging. Pair values may arrive raw ("k:v,k2:v2"), encoded once per value (ANS) or encoded as
// a whole (URLSearchParams turns ":" and "," into %3A/%2C): all three are understood.

export type Pairs = Map<string, string>;

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

function splitPairs(text: string, decodePieces: boolean): Pairs {
  const pairs: Pairs = new Map();
  for (const piece of text.split(",")) {
    const at = piece.indexOf(":");
    if (at <= 0) continue;
    const key = piece.slice(0, at).trim();
    const value = piece.slice(at + 1);
    pairs.set(decodePieces ? safeDecode(key) : key, decodePieces ? safeDecode(value) : value);
  }
  return pairs;
}

export function parsePairs(raw: string | undefined): Pairs {
  if (!raw) return new Map();
  return raw.includes(":") ? splitPairs(raw, true) : splitPairs(safeDecode(raw), false);
}

/** Raw (still percent-encoded) values of the query string, keyed by lower-cased name. */
export function rawQuery(search: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of search.replace(/^\?/, "").split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq)).toLowerCase();
    out.set(key, eq < 0 ? "" : part.slice(eq + 1));
  }
  return out;
}

type Row = Record<string, unknown>;

function matches(value: unknown, wanted: string): boolean {
  if (value === undefined || value === null) return false;
  const text = Array.isArray(value) ? value.map(String).join(",") : String(value);
  // A value wrapped in slashes is a PCRE on the appliance (filter=name:/^k8s/).
  if (wanted.length > 1 && wanted.startsWith("/") && wanted.endsWith("/")) {
    try {
      return new RegExp(wanted.slice(1, -1)).test(text);
    } catch {
      return false;
    }
  }
  return text === wanted;
}

export const applyFilter = (rows: Row[], filter: Pairs): Row[] =>
  filter.size === 0
    ? rows
    : rows.filter((row) => [...filter].every(([k, v]) => matches(row[k], v)));

export function applyAttrs(rows: Row[], attrs: string[] | undefined): Row[] {
  if (!attrs || attrs.length === 0) return rows;
  return rows.map((row) => {
    const picked: Row = {};
    for (const a of attrs) if (row[a] !== undefined) picked[a] = row[a];
    return picked;
  });
}

export function applyPaging(rows: Row[], pagesize?: number, pageno?: number): Row[] {
  if (!pagesize || pagesize <= 0) return rows;
  const page = pageno && pageno > 0 ? pageno : 1;
  return rows.slice((page - 1) * pagesize, page * pagesize);
}
