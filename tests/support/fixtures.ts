// Test data builders: each call creates its own user and workspace, so tests never share rows.
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

export async function createWorkspaceWithUser(
  role: Role = "owner",
): Promise<Actor & { email: string }> {
  const db = getDb();
  const userId = randomUUID();
  const workspaceId = randomUUID();
  const email = `user-${userId.slice(0, 8)}@example.test`;
  await db.user.create({ data: { id: userId, name: `User ${userId.slice(0, 4)}`, email } });
  await db.workspace.create({
    data: { id: workspaceId, name: "Test workspace", slug: `ws-${workspaceId}` },
  });
  await db.membership.create({ data: { id: randomUUID(), workspaceId, userId, role } });
  return { userId, workspaceId, clientAddress: "127.0.0.1", email };
}
