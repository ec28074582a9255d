// The delivery log (alert_deliveries, one row per notice and channel) and its attempts
// (alert_delivery_attempts, one row per try). Errors stored here never hold a secret.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DeliveryStatus, NoticeEvent } from "../kinds";
import type { Notice } from "../notice";

export interface DeliveryView {
  id: string;
  channelId: string | null;
  channelName: string;
  event: NoticeEvent;
  summary: string;
  status: DeliveryStatus;
  attempts: number;
  httpStatus: number | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

type Row = Prisma.AlertDeliveryGetPayload<object>;

function view(r: Row): DeliveryView {
  return {
    id: r.id,
    channelId: r.channelId,
    channelName: r.channelName,
    event: r.event as NoticeEvent,
    summary: r.summary,
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    httpStatus: r.httpStatus,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function createDelivery(data: {
  workspaceId: string;
  channelId: string;
  channelName: string;
  stateId: string | null;
  notice: Notice;
  status: "queued" | "silenced";
  error?: string | null;
}): Promise<DeliveryView> {
  const row = await getDb().alertDelivery.create({
    data: {
      workspaceId: data.workspaceId,
      channelId: data.channelId,
      channelName: data.channelName,
      stateId: data.stateId,
      event: data.notice.event,
      summary: data.notice.summary,
      notice: data.notice as unknown as Prisma.InputJsonObject,
      status: data.status,
      error: data.error ?? null,
    },
  });
  return view(row);
}

export interface DeliveryToSend {
  id: string;
  workspaceId: string;
  channelId: string | null;
  status: DeliveryStatus;
  attempts: number;
  notice: Notice;
}

export async function loadDeliveryToSend(id: string): Promise<DeliveryToSend | null> {
  const row = await getDb().alertDelivery.findUnique({ where: { id } });
  if (!row) return null;
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    channelId: row.channelId,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    notice: row.notice as unknown as Notice,
  };
}

/** Logs one attempt and sets the delivery's status to its outcome, in one transaction. */
export async function recordAttempt(
  deliveryId: string,
  outcome: {
    status: "sent" | "retrying" | "failed";
    httpStatus: number | null;
    error: string | null;
  },
): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const row = await tx.alertDelivery.update({
      where: { id: deliveryId },
      data: {
        status: outcome.status,
        attempts: { increment: 1 },
        httpStatus: outcome.httpStatus,
        error: outcome.error,
      },
      select: { attempts: true },
    });
    await tx.alertDeliveryAttempt.create({
      data: { deliveryId, attempt: row.attempts, ...outcome },
    });
    return row.attempts;
  });
}

export async function listDeliveries(workspaceId: string, take = 100): Promise<DeliveryView[]> {
  const rows = await getDb().alertDelivery.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: Math.min(Math.max(take, 1), 500),
  });
  return rows.map(view);
}

export async function findDelivery(workspaceId: string, id: string): Promise<DeliveryView | null> {
  const row = await getDb().alertDelivery.findFirst({ where: { id, workspaceId } });
  return row ? view(row) : null;
}

export interface AttemptView {
  attempt: number;
  status: string;
  httpStatus: number | null;
  error: string | null;
  at: string;
}

export async function listAttempts(deliveryId: string): Promise<AttemptView[]> {
  const rows = await getDb().alertDeliveryAttempt.findMany({
    where: { deliveryId },
    orderBy: { attempt: "asc" },
  });
  return rows.map((r) => ({
    attempt: r.attempt,
    status: r.status,
    httpStatus: r.httpStatus,
    error: r.error,
    at: r.at.toISOString(),
  }));
}

/** Deliveries still queued after `olderThan` without an attempt: re-sent at start (a crash
 * between the row and its job would otherwise strand them). */
export async function strandedDeliveries(olderThan: Date): Promise<string[]> {
  const rows = await getDb().alertDelivery.findMany({
    where: { status: "queued", attempts: 0, createdAt: { lt: olderThan } },
    select: { id: true },
    take: 500,
  });
  return rows.map((r) => r.id);
}

/** Deliveries stored, by channel kind ("deleted" once the channel is gone) and status: /metrics. */
export async function countDeliveriesByKindAndStatus(): Promise<
  Array<{ channelKind: string; outcome: string; count: number }>
> {
  const rows = await getDb().$queryRaw<Array<{ kind: string; status: string; count: number }>>`
    SELECT COALESCE(c."kind", 'deleted') AS "kind", d."status", COUNT(*)::int AS "count"
    FROM "alert_deliveries" d LEFT JOIN "alert_channels" c ON c."id" = d."channelId"
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return rows.map((r) => ({ channelKind: r.kind, outcome: r.status, count: r.count }));
}
