// Bad input at scale: thousands of hostile files through the import (the function both import
// actions call). None may throw (an action would answer INTERNAL); every refusal names where the
// problem is; whatever is accepted is within the list limits and storable.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TopologyKind } from "../schema/kinds";
import { MAX_MEMBERS, MAX_PORTS } from "../schema/list-limits";
import { exampleText } from "../testing/examples";
import { hostileDocumentArb, hostileJsonValueArb } from "../testing/hostile-arbitraries";
import { importDocumentText, importDocumentValue } from "./import-document";
import type { ImportResult } from "./types";
import { unstorableTextProblems } from "./unstorable-text";

/** The only problems about the file as a whole (path ""); every other one names its place. */
const WHOLE_FILE = /^(The file |…and \d+ more problems)/;

function lists(document: Record<string, unknown>): unknown[][] {
  const mdm = document.mdm as { ports?: unknown[] } | undefined;
  const lb = document.loadBalancing as { ports?: unknown[] } | undefined;
  return [document.servers, document.nodes, mdm?.ports, lb?.ports].filter(Array.isArray);
}

function expectWellFormed(result: ImportResult): void {
  if (result.ok) {
    const document = result.document as unknown as Record<string, unknown>;
    for (const list of lists(document)) {
      expect(list.length).toBeLessThanOrEqual(Math.max(MAX_MEMBERS, MAX_PORTS));
    }
    expect(unstorableTextProblems(document)).toEqual([]);
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe("string");
    expect(problem.message.trim()).not.toBe("");
    if (problem.path === "") expect(problem.message).toMatch(WHOLE_FILE);
  }
}

const options = fc.record({
  expectedKind: fc.constantFrom<TopologyKind | undefined>(undefined, "IGEL_UMS", "XENMOBILE"),
  requireName: fc.boolean(),
});

describe("importing hostile files", () => {
  it("never throws on 1,000 hostile files, and every problem names its path", () => {
    fc.assert(
      fc.property(hostileDocumentArb, options, (doc, opts) => {
        expectWellFormed(importDocumentText(JSON.stringify(doc) ?? "null", opts));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on 1,000 damaged copies of a real file (cut, spliced, re-typed)", () => {
    const texts = [exampleText("igel-ums.json"), exampleText("xenmobile.json")];
    const damaged = fc
      .tuple(
        fc.constantFrom(...texts),
        fc.nat(),
        fc.nat(),
        fc.oneof(
          fc.string({ maxLength: 8 }),
          hostileJsonValueArb(2).map((v) => JSON.stringify(v) ?? ""),
        ),
      )
      .map(([text, a, b, insert]) => {
        const [from, to] = [a % text.length, b % text.length].sort((x, y) => x - y);
        return text.slice(0, from) + insert + text.slice(to ?? from);
      });
    fc.assert(
      fc.property(damaged, (text) => expectWellFormed(importDocumentText(text))),
      { numRuns: 1000 },
    );
  });

  it("reads values JSON cannot even hold (NaN, Infinity, undefined) without throwing", () => {
    const odd = fc.constantFrom<unknown>(NaN, Infinity, -Infinity, undefined, -0, [undefined]);
    fc.assert(
      fc.property(
        fc.constantFrom("servers", "mdm", "dns", "prerequisites", "name", "prefix"),
        odd,
        fc.constantFrom("IGEL_UMS", "XENMOBILE"),
        (key, value, kind) => {
          expectWellFormed(importDocumentValue({ schemaVersion: 1, kind, [key]: value }));
          expectWellFormed(importDocumentValue({ schemaVersion: 1, kind, [key]: { port: value } }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
