import fc from "fast-check";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { igelUmsFieldsSchema, xenMobileFieldsSchema } from "../schema/document";
import { topologyDocumentArb } from "../testing/arbitraries";
import { exampleText, igelExample, xenMobileExample } from "../testing/examples";
import { documentFileName, exportDocumentJson, importDocumentJson } from "./json";
import { printJson } from "./json-print";

/** Every key a document schema can hold, nested. */
function keysOf(schema: z.ZodType, out: string[] = []): string[] {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
    innerType?: z.ZodType;
    valueType?: z.ZodType;
  };
  if (def.shape)
    for (const [key, child] of Object.entries(def.shape)) out.push(key, ...keysOf(child));
  for (const child of [def.element, def.innerType, def.valueType]) if (child) keysOf(child, out);
  return out;
}

describe("document JSON", () => {
  it("reproduces the checked-in examples byte for byte", () => {
    expect(exportDocumentJson(igelExample())).toBe(exampleText("igel-ums.json"));
    expect(exportDocumentJson(xenMobileExample())).toBe(exampleText("xenmobile.json"));
  });

  it("holds no secrets, so nothing needs stripping", () => {
    const keys = [...keysOf(igelUmsFieldsSchema), ...keysOf(xenMobileFieldsSchema)];
    expect(keys).toContain("expectedReply"); // the walk reaches nested fields
    expect(keys.filter((k) => /pass|secret|token|credential|private|key$/i.test(k))).toEqual([]);
    for (const text of [exampleText("igel-ums.json"), exampleText("xenmobile.json")]) {
      expect(text).not.toMatch(/password|secret/i);
    }
  });

  it("imports what it exports and refuses other content", () => {
    const text = exportDocumentJson(xenMobileExample());
    expect(importDocumentJson(text)).toEqual({ ok: true, document: xenMobileExample() });
    expect(importDocumentJson("{nope")).toEqual({
      ok: false,
      error: "The file is not valid JSON.",
    });
    expect(importDocumentJson(text, "IGEL_UMS")).toEqual({
      ok: false,
      error: "The file describes a XENMOBILE topology, not IGEL_UMS.",
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
