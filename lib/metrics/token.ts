// The /metrics bearer token check: constant time whatever the length or content of the
// presented value (both sides are hashed first, so the comparison never leaks a length).
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** True when `authorization` is exactly "Bearer <token>". */
export function bearerMatches(authorization: string | null, token: string): boolean {
  const match = /^Bearer ([^\s]+)$/.exec(authorization?.trim() ?? "");
  const presented = match?.[1] ?? "";
  // Compare even when the header is malformed, so every refusal costs the same.
  const equal = timingSafeEqual(digest(presented), digest(token));
  return match !== null && equal;
}
