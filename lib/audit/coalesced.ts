// Events that a polled or autosaving screen would repeat every few seconds (edits, plans) are
// kept to one per actor, action and target per window: the log says who worked on what and
// when, not every keystroke. Still append-only: a repeat inside the window is simply not
// written, the earlier event is never touched.
import type { Actor } from "@/lib/auth/actor";
import { audit, type AuditTarget } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";

export const COALESCE_WINDOW_MS = 10 * 60 * 1000;

/**
 * Records the event unless the same actor recorded the same action on the same target within
 * the window; true when written. Must run inside a transaction: the advisory lock (held until
 * it ends) makes two concurrent requests check and insert one after the other.
 */
export async function auditCoalesced(
  actor: Actor,
  action: string,
  target: AuditTarget,
  tx: Prisma.TransactionClient,
  now: Date = new Date(),
): Promise<boolean> {
  const key = `audit|${actor.workspaceId}|${actor.userId}|${action}|${target.id}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key})::bigint)`;
  const recent = await tx.auditEvent.findFirst({
    where: {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action,
      targetId: target.id,
      createdAt: { gt: new Date(now.getTime() - COALESCE_WINDOW_MS) },
    },
    select: { id: true },
  });
  if (recent) return false;
  await audit(actor, action, target, tx);
  return true;
}
