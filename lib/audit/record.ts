// Append-only audit trail: this module only ever inserts.
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db/client";

export interface AuditInput {
  workspaceId: string | null;
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  detail?: Prisma.InputJsonValue;
  ipAddress?: string | null;
}

export async function recordAudit(
  event: AuditInput,
  db: Prisma.TransactionClient = getDb(),
): Promise<void> {
  await db.auditEvent.create({
    data: {
      workspaceId: event.workspaceId,
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      detail: event.detail,
      ipAddress: event.ipAddress ?? null,
    },
  });
}
