// The delivery log is kept as long as the status history (STATUS_HISTORY_RETENTION_DAYS).
import { getDb } from "@/lib/db/client";

/** Deletes deliveries (and their attempts) created before `olderThan`; returns how many. */
export async function pruneDeliveries(olderThan: Date): Promise<number> {
  const { count } = await getDb().alertDelivery.deleteMany({
    where: { createdAt: { lt: olderThan }, status: { in: ["sent", "failed", "silenced"] } },
  });
  return count;
}
