// Text PostgreSQL cannot store in a JSONB document: a NUL character (U+0000) or half of a
// UTF-16 surrogate pair. Both parse as JSON and pass the lenient draft, and the save then failed
// inside the database with an internal error; they are refused with their path instead.
import { formatPath, type PathSegment } from "./json-path";
import type { ImportProblem } from "./types";

const NUL = "\u0000";
/** A high surrogate without its low half, or a low one without its high half (code units). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblem(text: string): string | null {
  if (text.includes(NUL)) {
    return "contains a NUL character (U+0000), which cannot be stored; remove it.";
  }
  if (LONE_SURROGATE.test(text)) {
    return "contains half of a Unicode surrogate pair (broken text), which cannot be stored; retype it.";
  }
  return null;
}

/** One problem per string in a parsed (draft) document that the database would refuse. */
export function unstorableTextProblems(value: unknown, at: PathSegment[] = []): ImportProblem[] {
  const problems: ImportProblem[] = [];
  // Parsed drafts are a few levels deep (the schema's), so plain recursion is bounded.
  const visit = (node: unknown, path: PathSegment[]): void => {
    if (typeof node === "string") {
      const message = textProblem(node);
      if (message) problems.push({ path: formatPath(path), message });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
    } else if (typeof node === "object" && node !== null) {
      for (const [key, item] of Object.entries(node)) visit(item, [...path, key]);
    }
  };
  visit(value, at);
  return problems;
}
