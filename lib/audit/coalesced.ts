// Events that a polled or autosaving screen would repeat every few seconds (edits, plans) are
// kept to one per actor, action and target per window: the log says who worked on what and
// when, not every keystroke. Still append-only: a repeat inside the window is simply not
// written, the earlier event is never touched.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditInput } from "@/lib/audit/record";

export const COALESCE_WINDOW_MS = 10 * 60 * 1000;

export interface CoalescedAuditInput extends AuditInput {
  workspaceId: string;
  actorId: string;
  targetId: string;
}

/**
 * Records the event unless the same actor recorded the same action on the same target within
 * the window; true when written. Must run inside a transaction: the advisory lock (held until
 * it ends) makes two concurrent requests check and insert one after the other.
 */
export async function recordCoalescedAudit(
  event: CoalescedAuditInput,
  tx: Prisma.TransactionClient,
  now: Date = new Date(),
): Promise<boolean> {
  const key = `audit|${event.workspaceId}|${event.actorId}|${event.action}|${event.targetId}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key})::bigint)`;
  const recent = await tx.auditEvent.findFirst({
    where: {
      workspaceId: event.workspaceId,
      actorId: event.actorId,
      action: event.action,
      targetId: event.targetId,
      createdAt: { gt: new Date(now.getTime() - COALESCE_WINDOW_MS) },
    },
    select: { id: true },
  });
  if (recent) return false;
  await recordAudit(event, tx);
  return true;
}
