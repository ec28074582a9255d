// Every value the lenient draft parse would drop without a word: the raw file (after migration)
// compared with its parsed draft, place by place. The full schema says what each place expects,
// so a dropped value is reported as "expected a string (found 7)"; unknown keys are reported too.
import { formatPath, type PathSegment } from "./json-path";
import {
  describeExpected,
  describeFound,
  hasExpectedType,
  type ExpectedShape,
} from "./expected-shape";
import type { ImportProblem } from "./types";

type JsonObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The one known field a misspelt or renamed key most likely meant, if there is exactly one. */
export function suggestField(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const close = known.filter((candidate) => {
    const c = candidate.toLowerCase();
    if (c === lower) return true;
    if (c.length >= 4 && lower.length >= 4 && editDistance(c, lower) <= 2) return true;
    return c.length >= 4 && (lower.includes(c) || c.includes(lower));
  });
  return close.length === 1 ? close[0] : undefined;
}

function unknownField(key: string, known: readonly string[], present: JsonObject): string {
  const free = known.filter((k) => !(k in present));
  const suggestion = suggestField(key, free);
  return suggestion
    ? `unknown field; did you mean "${suggestion}"? This app does not read "${key}".`
    : "unknown field; this app does not read it. Remove it or check its spelling.";
}

class Walk {
  readonly problems: ImportProblem[] = [];

  private add(segments: readonly PathSegment[], message: string): void {
    this.problems.push({ path: formatPath(segments), message });
  }

  private dropped(segments: readonly PathSegment[], shape: ExpectedShape, raw: unknown): void {
    this.add(segments, `expected ${describeExpected(shape)} (found ${describeFound(raw)}).`);
  }

  compare(raw: unknown, parsed: unknown, shape: ExpectedShape, at: PathSegment[]): void {
    if (raw === undefined || shape.type === "any") return;
    if (parsed === undefined) return this.dropped(at, shape, raw);
    switch (shape.type) {
      case "object":
        return this.object(raw, parsed, shape.fields, at);
      case "record":
        return this.record(raw, parsed, shape.keys, shape.value, at);
      case "array":
        return this.array(raw, parsed, shape.element, at);
      default:
        return this.leaf(raw, parsed, at);
    }
  }

  private object(
    raw: unknown,
    parsed: unknown,
    fields: Readonly<Record<string, ExpectedShape>>,
    at: PathSegment[],
  ): void {
    if (!isPlainObject(raw) || !isPlainObject(parsed)) return this.leaf(raw, parsed, at);
    const known = Object.keys(fields);
    for (const [key, value] of Object.entries(raw)) {
      const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
      if (!field) this.add([...at, key], unknownField(key, known, raw));
      else this.compare(value, parsed[key], field, [...at, key]);
    }
  }

  private record(
    raw: unknown,
    parsed: unknown,
    keys: readonly string[] | null,
    value: ExpectedShape,
    at: PathSegment[],
  ): void {
    if (!isPlainObject(raw) || !isPlainObject(parsed)) return this.leaf(raw, parsed, at);
    for (const [key, item] of Object.entries(raw)) {
      if (keys && !keys.includes(key)) {
        this.add([...at, key], `unknown checklist item; the items are ${keys.join(", ")}.`);
      } else {
        this.compare(item, Object.hasOwn(parsed, key) ? parsed[key] : undefined, value, [
          ...at,
          key,
        ]);
      }
    }
  }

  /** The draft drops list items of the wrong type and keeps the others in order. */
  private array(raw: unknown, parsed: unknown, element: ExpectedShape, at: PathSegment[]): void {
    if (!Array.isArray(raw) || !Array.isArray(parsed)) return this.leaf(raw, parsed, at);
    let kept = 0;
    raw.forEach((item, index) => {
      if (hasExpectedType(item, element) && kept < parsed.length) {
        this.compare(item, parsed[kept], element, [...at, index]);
        kept++;
      } else {
        this.dropped([...at, index], element, item);
      }
    });
  }

  private leaf(raw: unknown, parsed: unknown, at: PathSegment[]): void {
    // Text is trimmed on reading; that is tidying, not losing a value.
    const same =
      raw === parsed ||
      (typeof raw === "string" && typeof parsed === "string" && raw.trim() === parsed);
    if (!same) this.add(at, `could not be read as it is (found ${describeFound(raw)}).`);
  }
}

/** Problems for every value in `raw` that `parsed` (its draft parse) does not carry. */
export function droppedValues(
  raw: unknown,
  parsed: unknown,
  shape: ExpectedShape,
  at: PathSegment[] = [],
): ImportProblem[] {
  const walk = new Walk();
  walk.compare(raw, parsed, shape, at);
  return walk.problems;
}
