import { describe, expect, it } from "vitest";
import { fingerprintsEqual, formatFingerprint, normalizeFingerprint } from "./fingerprint";

const hex = "ab".repeat(32);
const colon = Array(32).fill("AB").join(":");

describe("fingerprints", () => {
  it("accepts colons or none, any case, an optional sha256 prefix", () => {
    expect(normalizeFingerprint(colon)).toBe(hex);
    expect(normalizeFingerprint(hex.toUpperCase())).toBe(hex);
    expect(normalizeFingerprint(`SHA256:${colon}`)).toBe(hex);
    expect(normalizeFingerprint(`  ${colon}\n`)).toBe(hex);
  });

  it("rejects anything that is not 32 bytes of hex", () => {
    expect(() => normalizeFingerprint("ab:cd")).toThrow(/64 hex digits/);
    expect(() => normalizeFingerprint("zz".repeat(32))).toThrow(/64 hex digits/);
  });

  it("formats and compares", () => {
    expect(formatFingerprint(hex)).toBe(colon);
    expect(fingerprintsEqual(colon, hex)).toBe(true);
    expect(fingerprintsEqual(colon, "cd".repeat(32))).toBe(false);
  });
});
