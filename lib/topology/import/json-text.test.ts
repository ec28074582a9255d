import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineAndColumn, parseJsonText } from "./json-text";

function errorOf(text: string) {
  const result = parseJsonText(text);
  if (result.ok) throw new Error(`expected a syntax error for ${text}`);
  return result.error;
}

describe("parseJsonText", () => {
  it("reads what JSON.parse reads, with the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, "\t"), (value, space) => {
        const text = JSON.stringify(value, null, space);
        const result = parseJsonText(text);
        expect(result).toEqual({ ok: true, value: JSON.parse(text), duplicates: [] });
      }),
    );
  });

  it("accepts exactly what JSON.parse accepts", () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9a-z.\-+eE\\]{0,24}$/);
    fc.assert(
      fc.property(jsonish, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(parseJsonText(text).ok).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });

  it("says where the first syntax error is, by line and column", () => {
    expect(errorOf('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      line: 3,
      column: 3,
      message: 'unexpected “"”; expected “,” or “}”.',
    });
    expect(errorOf('{\n  "a": [1, 2,]\n}')).toEqual({
      line: 2,
      column: 14,
      message: "unexpected “]”; remove the comma before it.",
    });
    expect(errorOf('{ "a": 1, }')).toMatchObject({
      column: 11,
      message: expect.stringContaining("remove the comma"),
    });
    expect(errorOf('{ "a": tru }')).toMatchObject({ line: 1, column: 8 });
    expect(errorOf('{ "a": 1 } x')).toMatchObject({
      column: 12,
      message: expect.stringContaining("after the end of the document"),
    });
  });

  it("names the usual hand-editing mistakes", () => {
    expect(errorOf("").message).toBe("the file is empty.");
    expect(errorOf("  \n ").message).toBe("the file is empty.");
    expect(errorOf('{ "a": 1').message).toBe("the file ends too early; expected “,” or “}”.");
    expect(errorOf("{ // note\n}").message).toBe("comments are not allowed in JSON; remove it.");
    expect(errorOf("{ 'a': 1 }").message).toContain("use double quotes");
    expect(errorOf('{ "a": "x\ny" }')).toMatchObject({ line: 1, column: 10 });
    expect(errorOf('{ "a": "open }')).toMatchObject({
      column: 8,
      message: "this text has no closing double quote.",
    });
    expect(errorOf('{ "a": "\\q" }').message).toContain("unknown escape \\q");
    expect(errorOf('{ "a": "\\u12" }').message).toContain("four hexadecimal digits");
    expect(errorOf('{ "a": 01 }')).toMatchObject({ column: 9 });
  });

  it("refuses nesting no topology needs, without exhausting the stack", () => {
    expect(errorOf("[".repeat(100_000)).message).toContain("nested too deeply");
  });

  it("ignores a byte-order mark", () => {
    expect(parseJsonText('\uFEFF{ "a": 1 }')).toEqual({
      ok: true,
      value: { a: 1 },
      duplicates: [],
    });
  });

  it("reports every key that appears twice, with its path", () => {
    const result = parseJsonText(
      '{ "a": 1, "servers": [{ "name": "x", "name": "y" }], "a": 2, "o": { "k-1": 1, "k-1": 2 } }',
    );
    expect(result).toEqual({
      ok: true,
      value: { a: 2, servers: [{ name: "y" }], o: { "k-1": 2 } },
      duplicates: [{ path: "servers[0].name" }, { path: "a" }, { path: 'o["k-1"]' }],
    });
  });

  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
