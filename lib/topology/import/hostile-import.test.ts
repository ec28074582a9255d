// Bad input at scale: thousands of hostile files through the import (the function both import
// actions call). None may throw (an action would answer INTERNAL); every refusal names where the
// problem is; whatever is accepted is within the list limits and storable.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TopologyKind } from "../schema/kinds";
import { MAX_MEMBERS, MAX_PORTS } from "../schema/list-limits";
import { clone, exampleText, igelExample, xenMobileExample } from "../testing/examples";
import {
  hostileDocumentArb,
  hostileJsonValueArb,
  hostileValueArb,
  hugeListArb,
} from "../testing/hostile-arbitraries";
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

type Path = (string | number)[];

/** Every place in a JSON value (containers and leaves), and separately the lists among them. */
function places(value: unknown, at: Path = []): { all: Path[]; lists: Path[] } {
  const out = { all: [at], lists: Array.isArray(value) ? [at] : [] };
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : typeof value === "object" && value !== null
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    const inner = places(child, [...at, key]);
    for (const p of inner.all) out.all.push(p);
    for (const p of inner.lists) out.lists.push(p);
  }
  return out;
}

/** A real file with hostile values put at real places (lists half of the time). */
const mutatedExampleArb = fc
  .tuple(
    fc.constantFrom(igelExample, xenMobileExample),
    fc.array(
      fc.tuple(
        fc.boolean(),
        fc.nat(),
        fc.oneof(
          { weight: 4, arbitrary: hostileValueArb() },
          { weight: 1, arbitrary: hugeListArb },
        ),
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  )
  .map(([example, edits]) => {
    const doc = clone(example()) as unknown as Record<string, unknown>;
    // Places of the clean file: a hostile value is never walked into (a 200,000-row list of one
    // shared object must not get another huge list inside that object).
    const { all, lists } = places(doc);
    const done: Path[] = [];
    const inside = (path: Path, outer: Path) =>
      outer.length <= path.length && outer.every((key, i) => path[i] === key);
    for (const [onList, n, value] of edits) {
      const pool = onList && lists.length > 0 ? lists : all.slice(1);
      const path = pool[n % pool.length] ?? [];
      if (done.some((outer) => inside(path, outer))) continue;
      done.push(path);
      const parent = path
        .slice(0, -1)
        .reduce<unknown>(
          (node, key) =>
            typeof node === "object" && node !== null ? (node as never)[key] : undefined,
          doc,
        );
      if (typeof parent === "object" && parent !== null) {
        (parent as Record<string | number, unknown>)[path.at(-1) ?? ""] = value;
      }
    }
    return doc;
  });

describe("importing hostile files", () => {
  it("never throws on 1,000 real files with hostile values at real places", () => {
    fc.assert(
      fc.property(mutatedExampleArb, options, (doc, opts) => {
        expectWellFormed(importDocumentText(JSON.stringify(doc), opts));
      }),
      { numRuns: 1000 },
    );
  });

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
