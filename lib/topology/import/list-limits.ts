// Lists longer than the schema allows (servers, nodes, ports: lib/topology/schema/list-limits),
// found before anything walks the list item by item. A file or a wizard patch with 250,000 rows
// is refused here in one problem per list, instead of being compared row by row, reported
// 250,000 times, saved as a draft and then rendered by the browser.
import type { TopologyKind } from "../schema/kinds";
import { documentShapes } from "./document-shapes";
import type { ExpectedShape } from "./expected-shape";
import { formatPath, type PathSegment } from "./json-path";
import type { ImportProblem } from "./types";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function tooLongMessage(max: number, found: number): string {
  return `a list of at most ${max} rows is allowed (found ${found}); remove the extra rows.`;
}

/** One problem per list in `raw` that is longer than its shape's maximum. */
export function listLimitProblems(
  raw: unknown,
  shape: ExpectedShape,
  at: PathSegment[] = [],
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  // The walk follows the shape, not the value, so its depth is the schema's (a few levels).
  const visit = (value: unknown, expected: ExpectedShape, path: PathSegment[]): void => {
    if (expected.type === "array" && Array.isArray(value)) {
      if (expected.max !== undefined && value.length > expected.max) {
        problems.push({
          path: formatPath(path),
          message: tooLongMessage(expected.max, value.length),
        });
        return;
      }
      if (!hasList(expected.element)) return;
      value.forEach((item, index) => visit(item, expected.element, [...path, index]));
    } else if (expected.type === "object" && isPlainObject(value)) {
      for (const [key, field] of Object.entries(expected.fields)) {
        if (Object.hasOwn(value, key)) visit(value[key], field, [...path, key]);
      }
    } else if (expected.type === "record" && isPlainObject(value) && hasList(expected.value)) {
      for (const [key, item] of Object.entries(value)) visit(item, expected.value, [...path, key]);
    }
  };
  visit(raw, shape, at);
  return problems;
}

/** Whether a shape has a list somewhere inside (else its values need no visit). */
function hasList(shape: ExpectedShape): boolean {
  switch (shape.type) {
    case "array":
      return true;
    case "object":
      return Object.values(shape.fields).some(hasList);
    case "record":
      return hasList(shape.value);
    default:
      return false;
  }
}

/** The over-long lists of a document, or of a wizard patch (a part of one), of this kind. */
export function documentListLimitProblems(kind: TopologyKind, value: unknown): ImportProblem[] {
  return listLimitProblems(value, documentShapes[kind]);
}
