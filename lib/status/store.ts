// The poller's rows: one lease per appliance across app instances (taken or renewed with one
// atomic upsert that succeeds only when the row is free, expired or already ours), the holder's
// snapshot for the other instances to serve, and the history of state changes. Transition rows
// are per appliance; a topology's timeline is the rows of the objects it watches, so changes seen
// while another topology (or instance) watched them still show.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Transition } from "@/lib/status/snapshot";
import type { ApplianceSnapshot } from "@/lib/status/types";
export interface LeaseResult {
  /** This holder holds the lease now. */
  leader: boolean;
  /** Until the lease (ours or another's) expires, by the database's clock. */
  expiresInMs: number;
}

/**
 * Takes or renews the lease. Expiry is computed and compared on the database's clock, so
 * instances whose clocks differ agree on when a dead holder's lease is free.
 */
export async function acquireLease(
  applianceId: string,
  holder: string,
  ttlMs: number,
): Promise<LeaseResult> {
  const ttlSeconds = ttlMs / 1000;
  const rows = await getDb().$queryRaw<Array<{ holder: string; ms: number }>>`
    WITH "now" AS (SELECT (clock_timestamp() AT TIME ZONE 'UTC') AS "t")
    INSERT INTO "poller_leases" ("applianceId", "holder", "expiresAt")
    SELECT ${applianceId}, ${holder}, "t" + make_interval(secs => ${ttlSeconds}::double precision)
      FROM "now"
    ON CONFLICT ("applianceId") DO UPDATE
      SET "holder" = EXCLUDED."holder", "expiresAt" = EXCLUDED."expiresAt"
      WHERE "poller_leases"."holder" = EXCLUDED."holder"
         OR "poller_leases"."expiresAt" < (clock_timestamp() AT TIME ZONE 'UTC')
    RETURNING "holder", ${ttlMs}::double precision AS "ms"`;
  if (rows[0]?.holder === holder) return { leader: true, expiresInMs: ttlMs };
  const held = await getDb().$queryRaw<Array<{ ms: number }>>`
    SELECT EXTRACT(EPOCH FROM ("expiresAt" - (clock_timestamp() AT TIME ZONE 'UTC'))) * 1000
             AS "ms"
      FROM "poller_leases" WHERE "applianceId" = ${applianceId}`;
  return { leader: false, expiresInMs: Math.max(0, Number(held[0]?.ms ?? 0)) };
}

/** Gives the lease up (a stopping poller), so another instance takes over at once. */
export async function releaseLease(applianceId: string, holder: string): Promise<void> {
  await getDb().pollerLease.deleteMany({ where: { applianceId, holder } });
}

export async function storeSnapshot(snapshot: ApplianceSnapshot): Promise<void> {
  const data = snapshot as unknown as Prisma.InputJsonValue;
  await getDb().statusSnapshot.upsert({
    where: { applianceId: snapshot.applianceId },
    create: { applianceId: snapshot.applianceId, data, updatedAt: new Date() },
    update: { data, updatedAt: new Date() },
  });
}

export async function loadSnapshot(applianceId: string): Promise<ApplianceSnapshot | null> {
  const row = await getDb().statusSnapshot.findUnique({ where: { applianceId } });
  return row ? (row.data as unknown as ApplianceSnapshot) : null;
}

export interface TransitionView {
  id: string;
  objectKey: string;
  label: string;
  fromState: string | null;
  toState: string;
  at: string;
}

export async function recordTransitions(
  applianceId: string,
  topologyOf: (objectKey: string) => string | null,
  transitions: readonly Transition[],
): Promise<void> {
  if (transitions.length === 0) return;
  await getDb().statusTransition.createMany({
    data: transitions.map((t) => ({
      applianceId,
      topologyId: topologyOf(t.objectKey),
      objectKey: t.objectKey,
      label: t.label,
      fromState: t.fromState,
      toState: t.toState,
      at: t.at,
    })),
  });
}

export interface TransitionFilter {
  objectKey?: string;
  /** Only changes into this state, e.g. "DOWN". */
  to?: string;
  since?: Date;
  take?: number;
}

export async function listTransitionsFor(
  applianceId: string,
  objectKeys: readonly string[],
  filter: TransitionFilter = {},
): Promise<TransitionView[]> {
  const keys = filter.objectKey
    ? objectKeys.filter((k) => k === filter.objectKey)
    : [...objectKeys];
  const rows = await getDb().statusTransition.findMany({
    where: {
      applianceId,
      objectKey: { in: keys },
      ...(filter.to ? { toState: filter.to } : {}),
      ...(filter.since ? { at: { gte: filter.since } } : {}),
    },
    orderBy: [{ at: "desc" }, { id: "asc" }],
    take: Math.min(Math.max(filter.take ?? 100, 1), 1000),
  });
  return rows.map((r) => ({
    id: r.id,
    objectKey: r.objectKey,
    label: r.label,
    fromState: r.fromState,
    toState: r.toState,
    at: r.at.toISOString(),
  }));
}

/** Deletes transitions older than the retention; returns how many. */
export async function pruneTransitions(olderThan: Date): Promise<number> {
  const { count } = await getDb().statusTransition.deleteMany({ where: { at: { lt: olderThan } } });
  return count;
}
