// Paths into a topology file as an admin reads them in an editor: `servers[1].address`,
// `prerequisites["database-ha"].done`; "" is the whole file.

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Validation's dotted paths ("servers.1.address") in the same notation. */
export function fromDottedPath(dotted: string): string {
  if (dotted === "") return "";
  return formatPath(dotted.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
}
