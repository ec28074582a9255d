// Silences (alert_silences): notices matching every set field are logged as silenced, not sent.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface SilenceView {
  id: string;
  topologyId: string | null;
  ruleId: string | null;
  objectKey: string | null;
  reason: string;
  createdBy: string | null;
  endsAt: string;
  createdAt: string;
  active: boolean;
}

export async function listSilences(workspaceId: string, now = new Date()): Promise<SilenceView[]> {
  const rows = await getDb().alertSilence.findMany({
    where: { workspaceId, endsAt: { gt: new Date(now.getTime() - 7 * 24 * 3600_000) } },
    orderBy: { endsAt: "desc" },
    take: 200,
  });
  const users = await getDb().user.findMany({
    where: { id: { in: rows.map((r) => r.createdById).filter((id) => id !== null) } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    topologyId: r.topologyId,
    ruleId: r.ruleId,
    objectKey: r.objectKey,
    reason: r.reason,
    createdBy: r.createdById ? (names.get(r.createdById) ?? null) : null,
    endsAt: r.endsAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    active: r.endsAt > now,
  }));
}

export async function insertSilence(
  tx: Prisma.TransactionClient,
  data: {
    workspaceId: string;
    topologyId: string | null;
    ruleId: string | null;
    objectKey: string | null;
    reason: string;
    createdById: string;
    endsAt: Date;
  },
): Promise<{ id: string }> {
  return tx.alertSilence.create({ data, select: { id: true } });
}

/** Ends a silence now (kept in the list as ended). */
export async function endSilence(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  id: string,
  now = new Date(),
): Promise<boolean> {
  const { count } = await tx.alertSilence.updateMany({
    where: { id, workspaceId, endsAt: { gt: now } },
    data: { endsAt: now },
  });
  return count > 0;
}

/** A silence field matches when it is unset, or equal to the notice's (never to a null). */
function matchOrAny(
  field: "topologyId" | "ruleId" | "objectKey",
  value: string | null,
): Prisma.AlertSilenceWhereInput {
  return value === null ? { [field]: null } : { OR: [{ [field]: null }, { [field]: value }] };
}

/** The active silence matching a notice, if any. */
export async function findSilence(
  scope: {
    workspaceId: string;
    topologyId: string | null;
    ruleId: string | null;
    objectKey: string | null;
  },
  now = new Date(),
): Promise<{ id: string; reason: string } | null> {
  return getDb().alertSilence.findFirst({
    where: {
      workspaceId: scope.workspaceId,
      endsAt: { gt: now },
      AND: [
        matchOrAny("topologyId", scope.topologyId),
        matchOrAny("ruleId", scope.ruleId),
        matchOrAny("objectKey", scope.objectKey),
      ],
    },
    select: { id: true, reason: true },
  });
}
