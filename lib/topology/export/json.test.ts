import fc from "fast-check";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { importDocumentText } from "../import/import-document";
import { topologyDocumentArb } from "../testing/arbitraries";
import { exampleText, igelExample, xenMobileExample } from "../testing/examples";
import { documentFileName, exportDocumentJson, importDocumentJson } from "./json";
import { printJson } from "./json-print";
import { findSecrets } from "./secrets";

/** Export, import the text, export again: the bytes must not change, nothing may be refused. */
function roundTrip(text: string): string {
  const imported = importDocumentText(text);
  if (!imported.ok) throw new Error(JSON.stringify(imported.problems, null, 2));
  return exportDocumentJson(imported.document);
}

describe("document JSON", () => {
  it("reproduces the checked-in examples byte for byte", () => {
    expect(exportDocumentJson(igelExample())).toBe(exampleText("igel-ums.json"));
    expect(exportDocumentJson(xenMobileExample())).toBe(exampleText("xenmobile.json"));
  });

  it("exports the examples without a secret and round-trips them byte-identically", () => {
    for (const doc of [igelExample(), xenMobileExample()]) {
      const text = exportDocumentJson(doc);
      expect(findSecrets(JSON.parse(text))).toEqual([]);
      expect(text).not.toMatch(/password|secret|PRIVATE KEY/i);
      expect(roundTrip(text)).toBe(text);
    }
  });

  it("exports any valid document without a secret and round-trips it byte-identically", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        const text = exportDocumentJson(doc);
        expect(findSecrets(JSON.parse(text))).toEqual([]);
        expect(roundTrip(text)).toBe(text);
        const imported = importDocumentText(text);
        expect(imported).toMatchObject({ ok: true, document: doc, toComplete: { errors: [] } });
      }),
      { numRuns: 200 },
    );
  });

  it("reads files for the command line with every problem, one a line", () => {
    const text = exportDocumentJson(xenMobileExample());
    expect(importDocumentJson(text)).toEqual({ ok: true, document: xenMobileExample() });
    expect(importDocumentJson("{nope")).toEqual({
      ok: false,
      error:
        "The file is not valid JSON. Line 1, column 2: unexpected “n”; expected a field name in double quotes.",
    });
    expect(importDocumentJson(text, "IGEL_UMS")).toEqual({
      ok: false,
      error:
        "kind: the file describes a XENMOBILE topology, not IGEL_UMS. Import it from the topology list to create a XENMOBILE topology.",
    });
    const broken = text.replace('"port": 8443', '"port": "8443"').replace('"prefix"', '"prefx"');
    expect(importDocumentJson(broken)).toEqual({
      ok: false,
      error: [
        'prefx: unknown field; did you mean "prefix"? This app does not read "prefx".',
        'mam.port: expected a number (found "8443").',
      ].join("\n"),
    });
  });

  it("prints like Prettier: short value lists inline, objects expanded", () => {
    expect(printJson({ a: [1, 2], b: {}, c: [], d: [{ x: "y" }] })).toBe(
      '{\n  "a": [1, 2],\n  "b": {},\n  "c": [],\n  "d": [\n    {\n      "x": "y"\n    }\n  ]\n}\n',
    );
    const long = Array.from({ length: 30 }, (_, i) => 10000 + i);
    expect(printJson({ ports: long }).split("\n")).toHaveLength(35); // {, key, 30 ports, ], }, ""
  });

  it("is left unchanged by the repository's Prettier settings", async () => {
    await fc.assert(
      fc.asyncProperty(topologyDocumentArb, async (doc) => {
        const text = exportDocumentJson(doc);
        expect(await format(text, { parser: "json", printWidth: 100 })).toBe(text);
      }),
      { numRuns: 40 },
    );
  });

  it("suggests a file name", () => {
    expect(documentFileName(igelExample())).toBe("igel.topology.json");
  });
});
