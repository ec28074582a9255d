import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isUuid, uuidSchema } from "./uuid";

describe("isUuid", () => {
  it("accepts the ids the app makes", () => {
    for (let i = 0; i < 20; i++) expect(isUuid(randomUUID())).toBe(true);
    expect(isUuid("3F0C8A52-4F7E-4C55-9A0C-0D2B6F1E9A11")).toBe(true);
    expect(isUuid("00000000-0000-0000-0000-000000000000")).toBe(true);
  });

  it("refuses anything else", () => {
    for (const value of [
      "",
      "not-a-uuid",
      "3f0c8a52-4f7e-4c55-9a0c-0d2b6f1e9a1",
      "3f0c8a52-4f7e-4c55-9a0c-0d2b6f1e9a111",
      "3f0c8a524f7e4c559a0c0d2b6f1e9a11",
      "3f0c8a52-4f7e-4c55-9a0c-0d2b6f1e9a1g",
      "------------------------------------",
      " 3f0c8a52-4f7e-4c55-9a0c-0d2b6f1e9a11",
      "3f0c8a52-4f7e-4c55-9a0c-0d2b6f1e9a11\n",
      "aB3xY9kLmN0pQrStUvWxYz012345678", // better-auth's own id shape
      42,
      null,
      undefined,
    ]) {
      expect(isUuid(value), String(value)).toBe(false);
    }
  });
});

describe("uuidSchema", () => {
  it("parses an id and answers the given message for anything else", () => {
    const id = randomUUID();
    const schema = uuidSchema("Unknown topology.");
    expect(schema.parse(id)).toBe(id);
    for (const value of ["nope", 7, undefined]) {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual(["Unknown topology."]);
    }
  });
});
