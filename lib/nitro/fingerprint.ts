// SHA-256 certificate fingerprints: users paste them with or without colons, in any case.
import { NitroError } from "./errors";

/** 64 lowercase hex digits, or throws bad_request. */
export function normalizeFingerprint(input: string): string {
  const hex = input
    .trim()
    .replace(/^sha-?256[:=\s]*/i, "")
    .replace(/[\s:]/g, "")
    .toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new NitroError(
      "bad_request",
      "The TLS fingerprint must be a SHA-256 fingerprint: 64 hex digits, colons optional",
    );
  }
  return hex;
}

/** Upper-case colon form, as Node's fingerprint256 and most admin UIs show it. */
export function formatFingerprint(input: string): string {
  const hex = input.replace(/[\s:]/g, "").toUpperCase();
  return hex.match(/.{1,2}/g)?.join(":") ?? hex;
}

export function fingerprintsEqual(a: string, b: string): boolean {
  return a.replace(/[\s:]/g, "").toLowerCase() === b.replace(/[\s:]/g, "").toLowerCase();
}
