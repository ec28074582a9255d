// The stored drift checks (drift_checks): one row per topology with the latest result, written
// by the appliance's lease holder and read by every instance (status route, topology list).
// A request for a check now (?drift=refresh) is a timestamp on the row, so it reaches the
// holder whichever instance received it.
import { DEFAULT_STALE_AFTER_MS } from "@/lib/apply/lock";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DriftDifference } from "@/lib/status/types";

export interface StoredDriftCheck {
  topologyId: string;
  applianceId: string;
  checkedAt: Date | null;
  changes: number | null;
  differences: DriftDifference[];
  planHash: string | null;
  error: string | null;
  requestedAt: Date | null;
}

type Row = Prisma.DriftCheckGetPayload<object>;

function view(row: Row): StoredDriftCheck {
  return {
    topologyId: row.topologyId,
    applianceId: row.applianceId,
    checkedAt: row.checkedAt,
    changes: row.changes,
    differences: row.differences as unknown as DriftDifference[],
    planHash: row.planHash,
    error: row.error,
    requestedAt: row.requestedAt,
  };
}

export async function loadDriftCheck(topologyId: string): Promise<StoredDriftCheck | null> {
  const row = await getDb().driftCheck.findUnique({ where: { topologyId } });
  return row ? view(row) : null;
}

/** The stored checks of many topologies at once (the topology list: one query). */
export async function loadDriftChecks(
  topologyIds: readonly string[],
): Promise<Map<string, StoredDriftCheck>> {
  if (topologyIds.length === 0) return new Map();
  const rows = await getDb().driftCheck.findMany({
    where: { topologyId: { in: [...topologyIds] } },
  });
  return new Map(rows.map((r) => [r.topologyId, view(r)]));
}

/** Asks the appliance's lease holder for a check at its next poll. */
export async function requestDriftCheck(topologyId: string, applianceId: string): Promise<void> {
  const now = new Date();
  await getDb().driftCheck.upsert({
    where: { topologyId },
    create: { topologyId, applianceId, requestedAt: now },
    update: { requestedAt: now },
  });
}

export interface DriftResult {
  topologyId: string;
  applianceId: string;
  /** When the check began: a request made after it stays pending. */
  startedAt: Date;
  checkedAt: Date;
  /** A plan was read: its result. Otherwise `error` and the last good result stays. */
  plan: { changes: number; differences: DriftDifference[]; planHash: string } | null;
  error: string | null;
}

export async function storeDriftResult(result: DriftResult): Promise<void> {
  const differences = (result.plan?.differences ?? []) as unknown as Prisma.InputJsonValue;
  const db = getDb();
  await db.$transaction(async (tx) => {
    const previous = await tx.driftCheck.findUnique({ where: { topologyId: result.topologyId } });
    // A check on another appliance than the stored one starts over (the topology moved).
    const sameAppliance = previous?.applianceId === result.applianceId;
    const keep = sameAppliance && result.plan === null;
    const pending =
      previous?.requestedAt && previous.requestedAt > result.startedAt
        ? previous.requestedAt
        : null;
    const data = {
      applianceId: result.applianceId,
      checkedAt: result.checkedAt,
      changes: result.plan?.changes ?? (keep ? previous.changes : null),
      differences: result.plan || !keep ? differences : (previous.differences ?? []),
      planHash: result.plan?.planHash ?? (keep ? previous.planHash : null),
      error: result.error,
      requestedAt: pending,
    } satisfies Prisma.DriftCheckUncheckedUpdateInput;
    await tx.driftCheck.upsert({
      where: { topologyId: result.topologyId },
      create: { topologyId: result.topologyId, ...data },
      update: data,
    });
  });
}

/**
 * The topologies (of `topologyIds`, on `applianceId`) whose check is due: never checked, asked
 * for, checked on another appliance, checked before the topology's latest apply ended, or
 * (everyMs > 0) checked longer than everyMs ago. Never while an apply of it runs: a plan read
 * half-way through would report the objects still to come as drift.
 */
export async function dueDriftChecks(
  applianceId: string,
  topologyIds: readonly string[],
  everyMs: number,
  now = new Date(),
): Promise<Set<string>> {
  if (topologyIds.length === 0) return new Set();
  const [stored, runs] = await Promise.all([
    loadDriftChecks(topologyIds),
    getDb().applyRun.findMany({
      where: { topologyId: { in: [...topologyIds] } },
      distinct: ["topologyId"],
      orderBy: [{ topologyId: "asc" }, { startedAt: "desc" }],
      select: { topologyId: true, status: true, finishedAt: true, heartbeatAt: true },
    }),
  ]);
  const latestRun = new Map(runs.map((r) => [r.topologyId, r]));
  const due = new Set<string>();
  for (const id of topologyIds) {
    const run = latestRun.get(id);
    // A run whose heartbeat stopped died with its process: it no longer holds checks back.
    const running =
      run?.status === "RUNNING" &&
      now.getTime() - run.heartbeatAt.getTime() < DEFAULT_STALE_AFTER_MS;
    if (running) continue;
    const row = stored.get(id);
    if (!row || row.applianceId !== applianceId || !row.checkedAt) {
      if (everyMs > 0 || row?.requestedAt) due.add(id);
    } else if (row.requestedAt && row.requestedAt > row.checkedAt) due.add(id);
    else if (run?.finishedAt && run.finishedAt > row.checkedAt) due.add(id);
    else if (everyMs > 0 && now.getTime() - row.checkedAt.getTime() >= everyMs) due.add(id);
  }
  return due;
}
