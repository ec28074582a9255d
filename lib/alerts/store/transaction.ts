// One transaction for a change and its audit event.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export function inTransaction<T>(body: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return getDb().$transaction(body);
}
