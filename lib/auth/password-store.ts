// The password of an email + password account (better-auth's "credential" account row) and the
// sessions a password change ends. Used by changing a password and by reset links.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db/client";

/** The stored scrypt hash of the user's password, or null when the account has none. */
export async function findPasswordHash(userId: string): Promise<string | null> {
  const account = await getDb().account.findFirst({
    where: { userId, providerId: "credential" },
    select: { password: true },
  });
  return account?.password ?? null;
}

export async function setPasswordHash(
  tx: Prisma.TransactionClient,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await tx.account.updateMany({
    where: { userId, providerId: "credential" },
    data: { password: passwordHash },
  });
}

/** Ends every session of the user but `keepSessionId` (null: all of them). Returns how many. */
export async function revokeSessions(
  tx: Prisma.TransactionClient,
  userId: string,
  keepSessionId: string | null,
): Promise<number> {
  const deleted = await tx.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
  return deleted.count;
}
