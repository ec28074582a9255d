// The code an authenticator app would show for an otpauth:// URI (RFC 6238: HMAC-SHA1, 6 digits,
// 30-second steps), so tests enrol and sign in with a second factor the way a person does.
import { createHmac } from "node:crypto";

function base32Decode(input: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of input.replace(/=+$/, "").toUpperCase()) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The secret (base32) of an otpauth:// URI. */
export function secretOf(uri: string): string {
  const secret = new URL(uri).searchParams.get("secret");
  if (!secret) throw new Error("the URI has no secret");
  return secret;
}

export function totpCode(base32Secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac("sha1", base32Decode(base32Secret)).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, "0");
}

/** A code that is surely wrong now: the one from ten minutes ago, unless it matches by chance. */
export function wrongTotpCode(base32Secret: string): string {
  const now = totpCode(base32Secret);
  const old = totpCode(base32Secret, Date.now() - 10 * 60 * 1000);
  return old === now ? String((Number(now) + 1) % 1_000_000).padStart(6, "0") : old;
}
