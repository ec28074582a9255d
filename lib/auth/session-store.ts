// The session row queries getAppSession needs beyond better-auth: ending a session that has run
// out, and stamping the last activity.
import "server-only";
import { getDb } from "@/lib/db/client";

export async function endSession(sessionId: string): Promise<void> {
  await getDb().session.deleteMany({ where: { id: sessionId } });
}

export async function stampSessionActivity(sessionId: string, at: Date): Promise<void> {
  await getDb().session.updateMany({ where: { id: sessionId }, data: { updatedAt: at } });
}
