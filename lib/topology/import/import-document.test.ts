import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  igelUmsDraftSchema,
  igelUmsFieldsSchema,
  xenMobileDraftSchema,
  xenMobileFieldsSchema,
} from "../schema/document";
import { topologyDocumentArb } from "../testing/arbitraries";
import { clone, exampleText, igelExample, xenMobileExample } from "../testing/examples";
import { importDocumentText, importDocumentValue, problemLines } from "./import-document";
import { formatPath, type PathSegment } from "./json-path";
import { MAX_IMPORT_BYTES, MAX_LISTED_PROBLEMS } from "./limits";
import type { ImportResult } from "./types";

type Json = Record<string, unknown>;

function problemsOf(result: ImportResult) {
  if (result.ok) throw new Error("expected the import to be refused");
  return result.problems;
}

/** Every place in a JSON value that holds a plain value, as path segments. */
function leaves(value: unknown, at: PathSegment[] = []): PathSegment[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  }
  return [at];
}

/** Every object in a JSON value (the document itself included), as path segments. */
function objects(value: unknown, at: PathSegment[] = []): PathSegment[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objects(v, [...at, i]));
  if (typeof value !== "object" || value === null) return [];
  return [at, ...Object.entries(value).flatMap(([k, v]) => objects(v, [...at, k]))];
}

function setAt(root: unknown, path: PathSegment[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Json)[key], root);
  (parent as Json)[path.at(-1) as string] = value;
}

function getAt(root: unknown, path: PathSegment[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Json)[key], root);
}

/** A value of another JSON type than `value`. */
function otherType(value: unknown): unknown {
  if (typeof value === "string") return 7;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return "yes";
  return "x";
}

/** Equal, except that text the draft trims may have lost its surrounding whitespace. */
function sameAfterTrim(raw: unknown, parsed: unknown): boolean {
  if (typeof raw === "string" && typeof parsed === "string") {
    return raw === parsed || raw.trim() === parsed;
  }
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    return raw.length === parsed.length && raw.every((v, i) => sameAfterTrim(v, parsed[i]));
  }
  if (typeof raw === "object" && raw !== null && typeof parsed === "object" && parsed !== null) {
    const keys = Object.keys(raw);
    return (
      keys.length === Object.keys(parsed).length &&
      keys.every((k) => sameAfterTrim((raw as Json)[k], (parsed as Json)[k]))
    );
  }
  return Object.is(raw, parsed);
}

describe("importing a topology file", () => {
  it("accepts the examples as they are, with nothing left to complete", () => {
    for (const [file, doc] of [
      ["igel-ums.json", igelExample()],
      ["xenmobile.json", xenMobileExample()],
    ] as const) {
      expect(importDocumentText(exampleText(file))).toEqual({
        ok: true,
        document: doc,
        toComplete: { errors: [], warnings: expect.any(Array) },
      });
    }
  });

  it("reports every value the draft would drop, with its path and what it expected", () => {
    const doc = clone(igelExample()) as unknown as Json & {
      servers: Json[];
      loadBalancing: { ports: unknown[]; persistence: Json };
      database: Json;
    };
    doc.servers[1]!.address = 7;
    doc.loadBalancing.persistence.timeout = "5";
    doc.loadBalancing.ports.splice(1, 0, "junk");
    doc.database.type = "MYSQL";
    doc.prerequisites = { "database-ha": { done: "yes" }, nope: { done: true } };
    doc.dns = null;
    doc.network = [];
    doc.name = 7;
    expect(problemLines(problemsOf(importDocumentValue(doc)))).toEqual([
      "name: expected a string (found 7).",
      'prerequisites["database-ha"].done: expected true or false (found "yes").',
      "prerequisites.nope: unknown checklist item; the items are database-ha, database-created, ums-installed, datasource-active, subnet-routing.",
      'database.type: expected one of "MSSQL", "POSTGRESQL", "ORACLE" (found "MYSQL").',
      "servers[1].address: expected a string (found 7).",
      "network: expected an object (found an array).",
      'loadBalancing.ports[1]: expected an object (found "junk").',
      'loadBalancing.persistence.timeout: expected a number (found "5").',
      "dns: expected an object (found null).",
    ]);
  });

  it("reports list items of the wrong type where they are, keeping the others aligned", () => {
    const doc = clone(xenMobileExample()) as unknown as Json & { mdm: Json; nodes: unknown[] };
    doc.mdm.ports = ["80", 443, true, 8443];
    doc.nodes = ["junk", { name: "a", address: 5 }, { name: 6 }];
    expect(problemLines(problemsOf(importDocumentValue(doc)))).toEqual([
      'nodes[0]: expected an object (found "junk").',
      "nodes[1].address: expected a string (found 5).",
      "nodes[2].name: expected a string (found 6).",
      'mdm.ports[0]: expected a number (found "80").',
      "mdm.ports[2]: expected a number (found true).",
    ]);
  });

  it("reports unknown fields, suggesting the field that was probably meant", () => {
    const doc = clone(xenMobileExample()) as unknown as Json & { gateway: Json; mam: Json };
    doc.gateway = { vserverNmae: "ag_vs" };
    // A renamed field gets a suggestion; one next to the real field does not.
    doc.mam.certificate_name = doc.mam.certificate;
    delete doc.mam.certificate;
    doc.mam.vip_address = "10.0.0.1";
    doc.comment = "hand-written";
    expect(problemLines(problemsOf(importDocumentValue(doc)))).toEqual([
      'mam.certificate_name: unknown field; did you mean "certificate"? This app does not read "certificate_name".',
      "mam.vip_address: unknown field; this app does not read it. Remove it or check its spelling.",
      'gateway.vserverNmae: unknown field; did you mean "vserverName"? This app does not read "vserverNmae".',
      "comment: unknown field; this app does not read it. Remove it or check its spelling.",
    ]);
  });

  it("corrupting any one value is reported at exactly that path", () => {
    const corrupted = topologyDocumentArb.chain((doc) =>
      fc.record({ doc: fc.constant(doc), path: fc.constantFrom(...leaves(doc)) }),
    );
    fc.assert(
      fc.property(corrupted, ({ doc, path }) => {
        const raw = clone(doc);
        setAt(raw, path, otherType(getAt(raw, path)));
        const problems = problemsOf(importDocumentValue(raw));
        expect(problems.map((p) => p.path)).toEqual([formatPath(path)]);
      }),
      { numRuns: 300 },
    );
  });

  it("an extra field anywhere is reported at exactly that path", () => {
    const extended = topologyDocumentArb.chain((doc) =>
      fc.record({
        doc: fc.constant(doc),
        at: fc.constantFrom(...objects(doc)),
        key: fc.constantFrom("extra", "ipAddress", "Port", "notes"),
      }),
    );
    fc.assert(
      fc.property(extended, ({ doc, at, key }) => {
        const raw = clone(doc);
        const target = getAt(raw, at) as Json;
        fc.pre(!(key in target));
        target[key] = 1;
        const problems = problemsOf(importDocumentValue(raw));
        expect(problems.map((p) => p.path)).toEqual([formatPath([...at, key])]);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on junk, and whatever it accepts loses nothing", () => {
    const keys = [
      "name",
      "prefix",
      "prerequisites",
      "database",
      "servers",
      "network",
      "nodes",
      "monitor",
      "mdm",
      "mam",
      "gateway",
      "loadBalancing",
      "dns",
      "after",
    ];
    const junk = fc.record({
      kind: fc.constantFrom("IGEL_UMS", "XENMOBILE"),
      body: fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 })),
    });
    const partial = topologyDocumentArb.chain((doc) =>
      fc.subarray(Object.keys(doc)).map((keep) => ({
        kind: doc.kind,
        body: Object.fromEntries(Object.entries(doc).filter(([k]) => keep.includes(k))),
      })),
    );
    fc.assert(
      fc.property(fc.oneof(junk, partial), ({ kind, body }) => {
        const raw = { ...body, schemaVersion: 1, kind };
        const result = importDocumentValue(raw);
        if (result.ok) expect(sameAfterTrim(raw, result.document)).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("knows every top-level key the draft keeps", () => {
    expect(Object.keys(igelUmsDraftSchema.shape).sort()).toEqual(
      Object.keys(igelUmsFieldsSchema.shape).sort(),
    );
    expect(Object.keys(xenMobileDraftSchema.shape).sort()).toEqual(
      Object.keys(xenMobileFieldsSchema.shape).sort(),
    );
  });

  it("reports the full validation as still to complete, without refusing the draft", () => {
    const doc = clone(igelExample()) as unknown as Json & { servers: Json[] };
    doc.servers[1]!.address = "not an address";
    doc.prefix = "";
    const result = importDocumentValue(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.toComplete.errors).toEqual([
      { path: "prefix", message: expect.stringContaining("Object-name prefix") },
      { path: "servers[1].address", message: expect.stringContaining("Server address") },
    ]);
    expect(result.document).toMatchObject({
      prefix: "",
      servers: [{}, { address: "not an address" }],
    });
  });

  it("accepts an almost empty draft and lists what the wizard still needs", () => {
    const result = importDocumentText('{ "schemaVersion": 1, "kind": "XENMOBILE", "name": "x" }');
    expect(result).toMatchObject({ ok: true, document: { kind: "XENMOBILE", name: "x" } });
    if (result.ok) {
      expect(result.toComplete.errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(["prefix", "nodes", "mdm", "mam", "gateway", "dns"]),
      );
    }
  });
});

describe("refusing a file that cannot be read", () => {
  it("gives JSON syntax errors with line and column", () => {
    expect(problemsOf(importDocumentText('{\n  "kind": "IGEL_UMS",\n}'))).toEqual([
      {
        path: "",
        message:
          "The file is not valid JSON. Line 3, column 1: unexpected “}”; remove the comma before it.",
      },
    ]);
  });

  it("refuses a file that is not an object", () => {
    expect(problemsOf(importDocumentText("[1]"))).toEqual([
      {
        path: "",
        message: "The file is not a topology: expected a JSON object { … } (found an array).",
      },
    ]);
  });

  it("refuses a key that appears twice, since one of its values would be lost", () => {
    const text = exampleText("igel-ums.json").replace(
      '"prefix": "igel",',
      '"prefix": "a", "prefix": "igel",',
    );
    expect(problemsOf(importDocumentText(text))).toEqual([
      { path: "prefix", message: expect.stringContaining("appears more than once") },
    ]);
  });

  it("refuses a file over the size limit before reading it", () => {
    const text = `{ "kind": "IGEL_UMS", "name": "${"x".repeat(MAX_IMPORT_BYTES)}" }`;
    expect(problemsOf(importDocumentText(text))).toEqual([
      { path: "", message: expect.stringContaining("at most 1 MiB") },
    ]);
  });

  it("requires the kind, and refuses another kind than the topology's", () => {
    expect(problemsOf(importDocumentText('{ "schemaVersion": 1 }'))).toEqual([
      { path: "kind", message: 'required: "IGEL_UMS" or "XENMOBILE".' },
    ]);
    expect(problemsOf(importDocumentText('{ "schemaVersion": 1, "kind": "NSX" }'))).toEqual([
      { path: "kind", message: 'expected "IGEL_UMS" or "XENMOBILE" (found "NSX").' },
    ]);
    const doc = clone(xenMobileExample()) as unknown as Json & { mam: Json };
    doc.mam.port = "8443";
    expect(
      problemLines(problemsOf(importDocumentValue(doc, { expectedKind: "IGEL_UMS" }))),
    ).toEqual([
      "kind: the file describes a XENMOBILE topology, not IGEL_UMS. Import it from the topology list to create a XENMOBILE topology.",
      'mam.port: expected a number (found "8443").',
    ]);
  });

  it("requires a usable name when the file creates a topology", () => {
    const named = (name: unknown) =>
      importDocumentValue({ schemaVersion: 1, kind: "IGEL_UMS", name }, { requireName: true });
    expect(problemsOf(named(undefined))).toEqual([
      { path: "name", message: "required: the new topology takes its name from the file." },
    ]);
    expect(problemsOf(named("  "))).toEqual([
      { path: "name", message: "Give the topology a name." },
    ]);
    expect(problemsOf(named("x".repeat(81)))).toEqual([
      { path: "name", message: "Use at most 80 characters." },
    ]);
    expect(problemsOf(named(5))).toEqual([
      { path: "name", message: "expected a string (found 5)." },
    ]);
    expect(named("UMS").ok).toBe(true);
  });

  it("lists at most a few hundred problems and counts the rest", () => {
    // Lists are capped (list-limits.ts), so 500 problems come from 500 unknown fields.
    const unknown = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x${i}`, 1]));
    const doc = { schemaVersion: 1, kind: "XENMOBILE", ...unknown };
    const problems = problemsOf(importDocumentValue(doc));
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({
      path: "",
      message: `…and ${500 - MAX_LISTED_PROBLEMS} more problems not listed here.`,
    });
  });

  it("refuses a list longer than the schema allows with one problem, however long it is", () => {
    // 200,000 rows once overflowed the call stack (push(...problems)) and answered INTERNAL.
    for (const [length, fill] of [
      [200_000, "443"],
      [250_000, {}],
    ] as const) {
      const doc = { ...clone(xenMobileExample()), mdm: { ports: Array(length).fill(fill) } };
      const started = performance.now();
      expect(problemsOf(importDocumentValue(doc))).toEqual([
        {
          path: "mdm.ports",
          message: `a list of at most 16 rows is allowed (found ${length}); remove the extra rows.`,
        },
      ]);
      expect(performance.now() - started).toBeLessThan(2000);
    }
    const servers = Array.from({ length: 33 }, (_, i) => ({
      name: `ums${i}`,
      address: "10.0.0.1",
    }));
    expect(problemsOf(importDocumentValue({ ...clone(igelExample()), servers }))).toEqual([
      {
        path: "servers",
        message: "a list of at most 32 rows is allowed (found 33); remove the extra rows.",
      },
    ]);
  });
});
