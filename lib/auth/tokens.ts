// Bearer tokens in links (invitations, read-only shares): 256 random bits shown once, stored
// only as a SHA-256 hash, so a database dump cannot be turned back into working links.
import { createHash, randomBytes } from "node:crypto";

/** A fresh URL-safe token (43 characters). */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before any database lookup: anything else is simply "not found". */
export function isLinkTokenShape(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
