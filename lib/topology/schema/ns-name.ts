// NetScaler's rules for entity names (servers, service groups, vservers, monitors, certificate
// keys): start with an ASCII letter, digit or underscore; then letters, digits, space and
// _ # . : @ = -; at most 127 characters.

export const NS_NAME_MAX = 127;

const FIRST_RE = /^[A-Za-z0-9_]/;
const ALLOWED_RE = /^[A-Za-z0-9_#.:@= -]*$/;

/** What is wrong with a name as a NetScaler entity name, or undefined when it is fine. */
export function nsNameProblem(name: string): string | undefined {
  if (name.length === 0) return "is empty";
  if (!FIRST_RE.test(name)) return "must begin with a letter, a digit or an underscore";
  const bad = badCharacters(name);
  if (bad) return `contains ${bad}; use only letters, digits, spaces and _ # . : @ = -`;
  if (name.length > NS_NAME_MAX)
    return `is ${name.length} characters long (at most ${NS_NAME_MAX})`;
  return undefined;
}

export function isNsName(name: string): boolean {
  return nsNameProblem(name) === undefined;
}

/** The disallowed characters of a name part (used for parts that follow a prefix). */
export function badCharacters(part: string): string | undefined {
  if (ALLOWED_RE.test(part)) return undefined;
  const bad = [...new Set([...part].filter((c) => !ALLOWED_RE.test(c)))];
  return bad.map((c) => `"${c}"`).join(", ");
}
