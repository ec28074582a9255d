// Append-only audit trail: this module only ever inserts.
import type { AuditActor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db/client";

/** What an event is about; the detail holds ids, names and counts, never a secret. */
export interface AuditTarget {
  type: string;
  id: string;
  detail?: Prisma.InputJsonObject;
}

/** The event's detail: the actor's origin (e.g. via: "cli") never overrides the event's facts. */
function detailOf(actor: AuditActor, target?: AuditTarget): Prisma.InputJsonObject | undefined {
  if (!actor.via) return target?.detail;
  return { ...actor.via, ...target?.detail };
}

/** Records that `actor` did `action` (to `target`), inside `tx` when given. */
export async function audit(
  actor: AuditActor,
  action: string,
  target?: AuditTarget,
  tx: Prisma.TransactionClient = getDb(),
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      detail: detailOf(actor, target),
      ipAddress: actor.clientAddress,
    },
  });
}
