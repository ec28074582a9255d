// Read and write a draft by the same dotted paths validation reports ("servers.1.address"),
// so a field widget needs only its path to show its value, save it and find its messages.
// Writes are immutable and create missing objects and lists on the way.

type Container = Record<string, unknown> | unknown[];

function segments(path: string): (string | number)[] {
  return path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === "object";
}

export function getIn(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const key of segments(path)) {
    if (!isContainer(current)) return undefined;
    current = Array.isArray(current)
      ? typeof key === "number"
        ? current[key]
        : undefined
      : current[String(key)];
  }
  return current;
}

function setAt(node: unknown, keys: (string | number)[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  const child = isContainer(node)
    ? Array.isArray(node)
      ? node[Number(key)]
      : node[String(key)]
    : undefined;
  const next = setAt(child, rest, value);
  if (typeof key === "number") {
    const list = Array.isArray(node) ? [...node] : [];
    while (list.length < key) list.push({});
    list[key] = next;
    return list;
  }
  const object = isContainer(node) && !Array.isArray(node) ? { ...node } : {};
  if (next === undefined) delete object[key];
  else object[key] = next;
  return object;
}

/** A copy of `source` with `value` at `path` (undefined removes an object key). */
export function setIn<T>(source: T, path: string, value: unknown): T {
  return setAt(source, segments(path), value) as T;
}

/** A copy of `source` without item `index` of the list at `path`. */
export function removeAt<T>(source: T, path: string, index: number): T {
  const list = getIn(source, path);
  if (!Array.isArray(list)) return source;
  return setIn(
    source,
    path,
    list.filter((_, i) => i !== index),
  );
}
