// Sign-in throttling in PostgreSQL (rate_limits), so every app instance shares the count.
// Fixed windows per client address and per account; one atomic upsert per check.
import { getDb } from "@/lib/db/client";

const WINDOW_MS = 10 * 60 * 1000;
const MAX_PER_ADDRESS = 30;
const MAX_PER_ACCOUNT = 10;

async function hit(key: string, now: number): Promise<number> {
  const rows = await getDb().$queryRaw<{ count: number }[]>`
    INSERT INTO "rate_limits" ("id", "key", "count", "lastRequest")
    VALUES (${key}, ${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rate_limits"."lastRequest" < ${now - WINDOW_MS} THEN 1 ELSE "rate_limits"."count" + 1 END,
      "lastRequest" = CASE WHEN "rate_limits"."lastRequest" < ${now - WINDOW_MS} THEN ${now} ELSE "rate_limits"."lastRequest" END
    RETURNING "count"`;
  return rows[0]?.count ?? 0;
}

export interface ThrottleResult {
  allowed: boolean;
  retryAfterMinutes: number;
}

export async function checkSignInThrottle(address: string, email: string): Promise<ThrottleResult> {
  const now = Date.now();
  const [byAddress, byAccount] = await Promise.all([
    hit(`sign-in:ip:${address}`, now),
    hit(`sign-in:email:${email.toLowerCase()}`, now),
  ]);
  const allowed = byAddress <= MAX_PER_ADDRESS && byAccount <= MAX_PER_ACCOUNT;
  return { allowed, retryAfterMinutes: Math.ceil(WINDOW_MS / 60_000) };
}

/** A successful sign-in clears the account's counter, so a typo or two costs nothing later. */
export async function clearAccountThrottle(email: string): Promise<void> {
  await getDb().rateLimit.deleteMany({ where: { key: `sign-in:email:${email.toLowerCase()}` } });
}
