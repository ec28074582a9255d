// An email + password account as better-auth stores it: a user row and its "credential"
// account row. Written here rather than through better-auth's sign-up so that it joins the
// caller's transaction, and with it whatever lock and checks that transaction holds.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Creates the user and its password login; returns the new user's id. Takes the password
 * already hashed: hashing is slow on purpose, so callers do it before opening the transaction.
 */
export async function createPasswordUser(
  tx: Prisma.TransactionClient,
  user: { name: string; email: string; passwordHash: string },
): Promise<string> {
  const userId = randomUUID();
  await tx.user.create({
    data: { id: userId, name: user.name, email: user.email, emailVerified: false },
  });
  await tx.account.create({
    data: {
      id: randomUUID(),
      accountId: userId,
      providerId: "credential",
      userId,
      password: user.passwordHash,
    },
  });
  return userId;
}
