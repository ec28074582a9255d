// The Compare view after a conflict: the step's values as stored by the other person next to
// the values typed here, one row per leaf (dotted path), differing rows first.

export interface CompareRow {
  path: string;
  theirs: string;
  yours: string;
  differs: boolean;
}

function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, "(none)");
    value.forEach((item, index) => flatten(item, `${path}.${index}`, out));
  } else if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) out.set(path, "(none)");
    for (const [key, item] of entries) flatten(item, path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, value === undefined || value === "" ? "(empty)" : String(value));
  }
}

export function compareValues(
  keys: readonly string[],
  theirs: Record<string, unknown>,
  yours: Record<string, unknown>,
): CompareRow[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  for (const key of keys) {
    flatten(theirs[key], key, a);
    flatten(yours[key], key, b);
  }
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  const rows = paths.map((path) => {
    const t = a.get(path) ?? "(none)";
    const y = b.get(path) ?? "(none)";
    return { path, theirs: t, yours: y, differs: t !== y };
  });
  return [...rows.filter((r) => r.differs), ...rows.filter((r) => !r.differs)];
}
