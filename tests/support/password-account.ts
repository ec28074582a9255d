// A member with a real password (better-auth's credential account), and sessions of theirs, for
// tests of signing in, changing and resetting passwords.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { createWorkspaceWithUser } from "./fixtures";

export const TEST_PASSWORD = "Stable-Horse-Battery-9";

export async function createMemberWithPassword(role: Role = "owner", password = TEST_PASSWORD) {
  const member = await createWorkspaceWithUser(role);
  await getDb().account.create({
    data: {
      id: randomUUID(),
      accountId: member.userId,
      providerId: "credential",
      userId: member.userId,
      password: await hashPassword(password),
    },
  });
  return member;
}

/** A session row as better-auth writes it; returns its id. */
export async function addSession(userId: string): Promise<string> {
  const id = randomUUID();
  await getDb().session.create({
    data: {
      id,
      token: randomUUID(),
      userId,
      expiresAt: new Date(Date.now() + 60 * 60 * 1000),
    },
  });
  return id;
}
