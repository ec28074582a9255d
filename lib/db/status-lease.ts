// One poller per appliance across app instances on one database: a lease row taken or renewed
// with one atomic upsert (it succeeds only when the row is free, expired or already ours), and
// the holder's snapshot stored for the others to serve.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplianceSnapshot } from "@/lib/status/types";

/** Takes or renews the lease; true when `holder` holds it until now + ttlMs. */
export async function acquireLease(
  applianceId: string,
  holder: string,
  ttlMs: number,
): Promise<boolean> {
  const expiresAt = new Date(Date.now() + ttlMs);
  const rows = await getDb().$queryRaw<Array<{ holder: string }>>`
    INSERT INTO "poller_leases" ("applianceId", "holder", "expiresAt")
    VALUES (${applianceId}, ${holder}, ${expiresAt})
    ON CONFLICT ("applianceId") DO UPDATE
      SET "holder" = EXCLUDED."holder", "expiresAt" = EXCLUDED."expiresAt"
      WHERE "poller_leases"."holder" = EXCLUDED."holder"
         OR "poller_leases"."expiresAt" < ${new Date()}
    RETURNING "holder"`;
  return rows[0]?.holder === holder;
}

/** Gives the lease up (a stopping poller), so another instance takes over at once. */
export async function releaseLease(applianceId: string, holder: string): Promise<void> {
  await getDb().pollerLease.deleteMany({ where: { applianceId, holder } });
}

export async function storeSnapshot(snapshot: ApplianceSnapshot): Promise<void> {
  const data = snapshot as unknown as Prisma.InputJsonValue;
  await getDb().statusSnapshot.upsert({
    where: { applianceId: snapshot.applianceId },
    create: { applianceId: snapshot.applianceId, data, updatedAt: new Date() },
    update: { data, updatedAt: new Date() },
  });
}

export async function loadSnapshot(applianceId: string): Promise<ApplianceSnapshot | null> {
  const row = await getDb().statusSnapshot.findUnique({ where: { applianceId } });
  return row ? (row.data as unknown as ApplianceSnapshot) : null;
}
