// The sign-in and first-run queries: accounts, the first workspace, and the sign-in throttle's
// failure counters (rate_limits, in PostgreSQL so that every app instance shares them).
import "server-only";
import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/action-result";
import { addDemoAppliance } from "@/lib/appliances/store";
import { audit } from "@/lib/audit/record";
import { createPasswordUser } from "@/lib/auth/accounts";
import { getDb } from "@/lib/db/client";
import { slugify } from "@/lib/slugify";

const SETUP_LOCK_KEY = 7_245_001_164;

export async function hasAnyUser(): Promise<boolean> {
  return (await getDb().user.count()) > 0;
}

/**
 * The first account, owner of a new workspace (with the demo appliance). One transaction under
 * an advisory lock, so two browsers racing through /setup cannot both win.
 */
export async function insertFirstOwner(
  owner: { name: string; email: string; passwordHash: string },
  workspaceName: string,
  clientAddress: string,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY})`;
    if ((await tx.user.count()) > 0) {
      throw new ActionError("This installation is already set up. Sign in instead.", "CONFLICT");
    }
    const userId = await createPasswordUser(tx, owner);
    const workspaceId = randomUUID();
    await tx.workspace.create({
      data: {
        id: workspaceId,
        name: workspaceName,
        slug: `${slugify(workspaceName)}-${workspaceId.slice(0, 6)}`,
      },
    });
    await tx.membership.create({ data: { id: randomUUID(), workspaceId, userId, role: "owner" } });
    await addDemoAppliance(workspaceId, tx);
    await audit(
      { userId, workspaceId, clientAddress },
      "setup.completed",
      { type: "workspace", id: workspaceId },
      tx,
    );
  });
}

export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true } });
  return user?.id ?? null;
}

/**
 * Adds one failure to each key's fixed window (one atomic upsert per key), and deletes the
 * counters under `prefix` whose window has passed, so the table holds only live windows.
 */
export async function countFailures(
  keys: readonly string[],
  now: number,
  windowMs: number,
  prefix: string,
): Promise<void> {
  const windowStart = now - windowMs;
  await getDb().$transaction(async (tx) => {
    for (const key of keys) {
      await tx.$executeRaw`
        INSERT INTO "rate_limits" ("id", "key", "count", "lastRequest")
        VALUES (${key}, ${key}, 1, ${now})
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "rate_limits"."lastRequest" < ${windowStart} THEN 1 ELSE "rate_limits"."count" + 1 END,
          "lastRequest" = CASE WHEN "rate_limits"."lastRequest" < ${windowStart} THEN ${now} ELSE "rate_limits"."lastRequest" END`;
    }
    await tx.$executeRaw`
      DELETE FROM "rate_limits"
      WHERE starts_with("key", ${prefix}) AND "lastRequest" < ${windowStart}`;
  });
}

/** The failures counted under each key in a window that started at or after `windowStart`. */
export async function readFailures(
  keys: readonly string[],
  windowStart: number,
): Promise<Map<string, number>> {
  const rows = await getDb().rateLimit.findMany({
    where: { key: { in: [...keys] }, lastRequest: { gte: windowStart } },
    select: { key: true, count: true },
  });
  return new Map(rows.map((row) => [row.key, row.count]));
}

export async function clearAttempts(key: string): Promise<void> {
  await getDb().rateLimit.deleteMany({ where: { key } });
}
