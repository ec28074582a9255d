// The evaluator's lease (alert_evaluator_lease): one instance evaluates alert rules at a time;
// the row is taken or renewed with one atomic upsert, as the pollers' leases are.
import { getDb } from "@/lib/db/client";

const LEASE_ID = "evaluator";

export async function acquireEvaluatorLease(holder: string, ttlMs: number): Promise<boolean> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlMs);
  const rows = await getDb().$queryRaw<Array<{ holder: string }>>`
    INSERT INTO "alert_evaluator_lease" ("id", "holder", "expiresAt")
    VALUES (${LEASE_ID}, ${holder}, ${expiresAt})
    ON CONFLICT ("id") DO UPDATE
      SET "holder" = EXCLUDED."holder", "expiresAt" = EXCLUDED."expiresAt"
      WHERE "alert_evaluator_lease"."holder" = EXCLUDED."holder"
         OR "alert_evaluator_lease"."expiresAt" < ${now}
    RETURNING "holder"`;
  return rows[0]?.holder === holder;
}

export async function releaseEvaluatorLease(holder: string): Promise<void> {
  await getDb().alertEvaluatorLease.deleteMany({ where: { id: LEASE_ID, holder } });
}
