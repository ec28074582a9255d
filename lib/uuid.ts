// The one shape check for the ids the app makes: Prisma's @default(uuid()) and
// crypto.randomUUID() (both version 4). Any 8-4-4-4-12 hex id passes, not only version 4, so a
// well-formed id is looked up (and simply not found) instead of being refused for its version.
// Ids better-auth makes itself (sessions, verifications) are not UUIDs: never check those here.
import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** A zod field for an id, answering `message` for anything that is not one. */
export function uuidSchema(message?: string) {
  return z.string({ error: message }).refine(isUuid, { error: message });
}
