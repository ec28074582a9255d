// The planner's own SHA-256 must give node:crypto's digest byte for byte: plan hashes made
// before it replaced node:crypto still match.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "./sha256";

const nodeSha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 examples", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("matches node:crypto around the block boundaries", () => {
    for (let length = 50; length <= 130; length++) {
      const text = "x".repeat(length);
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });

  it("matches node:crypto for any text, multi-byte characters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
    );
  });
});
