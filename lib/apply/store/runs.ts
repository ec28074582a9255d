// Apply runs: the per-device lock (a partial unique index on the deviceKey of RUNNING runs,
// which a trigger copies from the appliance row, so two rows for one NetScaler share it),
// heartbeats,
// and the crash rule: a RUNNING run whose heartbeat is stale belongs to a dead process and
// is INTERRUPTED. Reads are scoped by workspace; writes take ids the engine already checked.
import { audit } from "@/lib/audit/record";
import { systemActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ApplyRunStatus } from "@/lib/apply/run-status";
import { Prisma } from "@/lib/generated/prisma/client";
import { deviceKeyOf } from "./device";

export type { ApplyRunStatus };

export interface ApplyRunRecord {
  id: string;
  workspaceId: string;
  topologyId: string;
  applianceId: string;
  actorId: string | null;
  status: ApplyRunStatus;
  options: unknown;
  summary: unknown;
  resumeOfId: string | null;
  /** Failure (or, on SUCCEEDED, a save failure) in words; never a secret. */
  error: string | null;
  configSaved: boolean;
  driftAfter: number | null;
  /** The stored verification after a successful apply (lib/apply/verify/view.ts reads it). */
  verification: unknown;
  startedAt: Date;
  heartbeatAt: Date;
  finishedAt: Date | null;
}

export interface NewApplyRun {
  workspaceId: string;
  topologyId: string;
  applianceId: string;
  actorId: string | null;
  options: Prisma.InputJsonObject;
  resumeOfId?: string;
}

/** The lock is held by someone else (a live RUNNING run on this device, through any row). */
export class ApplianceBusyError extends Error {
  constructor() {
    super("Another apply to this appliance is running.");
  }
}

function isLockViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * RUNNING runs whose heartbeat is older than `staleBefore` become INTERRUPTED, each recorded in
 * the audit log. UPDATE … RETURNING names only the rows this call changed: when two app
 * instances mark at once, the second waits for the first's row locks, finds those runs no
 * longer RUNNING and skips them, so each run is recorded exactly once.
 */
export async function markStaleRuns(staleBefore: Date, applianceId?: string): Promise<number> {
  // The lock is the device's: a dead run through another row for the same box frees it too.
  const deviceKey = applianceId === undefined ? undefined : await deviceKeyOf(applianceId);
  return getDb().$transaction(async (tx) => {
    const marked = await tx.applyRun.updateManyAndReturn({
      where: { status: "RUNNING", heartbeatAt: { lt: staleBefore }, deviceKey },
      data: {
        status: "INTERRUPTED",
        error: "The process running this apply stopped (no heartbeat).",
      },
      select: { id: true, workspaceId: true, topologyId: true },
    });
    for (const run of marked) {
      // Nobody did this: the request that noticed the silence is not the one that stopped.
      await audit(
        systemActor(run.workspaceId),
        "topology.apply_interrupted",
        { type: "topology", id: run.topologyId, detail: { runId: run.id } },
        tx,
      );
    }
    return marked.length;
  });
}

/** Takes the appliance lock by inserting a RUNNING run; throws ApplianceBusyError. */
export async function createRunningRun(run: NewApplyRun, staleBefore: Date): Promise<string> {
  await markStaleRuns(staleBefore, run.applianceId);
  try {
    const created = await getDb().applyRun.create({
      data: { ...run, status: "RUNNING" },
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    if (isLockViolation(error)) throw new ApplianceBusyError();
    throw error;
  }
}

/** Re-takes the lock for a stopped run (to roll it back); throws ApplianceBusyError. */
export async function reopenRun(runId: string, staleBefore: Date, applianceId: string) {
  await markStaleRuns(staleBefore, applianceId);
  try {
    const { count } = await getDb().applyRun.updateMany({
      where: { id: runId, status: { in: ["INTERRUPTED", "FAILED"] } },
      data: { status: "RUNNING", heartbeatAt: new Date(), finishedAt: null },
    });
    return count === 1;
  } catch (error) {
    if (isLockViolation(error)) throw new ApplianceBusyError();
    throw error;
  }
}

/** false when the run is no longer RUNNING (someone declared it interrupted). */
export async function beatHeart(runId: string): Promise<boolean> {
  const { count } = await getDb().applyRun.updateMany({
    where: { id: runId, status: "RUNNING" },
    data: { heartbeatAt: new Date() },
  });
  return count === 1;
}

export async function updateRun(
  runId: string,
  data: {
    status?: ApplyRunStatus;
    summary?: Prisma.InputJsonObject;
    error?: string | null;
    configSaved?: boolean;
    driftAfter?: number | null;
    finishedAt?: Date;
  },
): Promise<void> {
  await getDb().applyRun.update({ where: { id: runId }, data });
}

export async function findRun(workspaceId: string, runId: string): Promise<ApplyRunRecord | null> {
  return getDb().applyRun.findFirst({ where: { id: runId, workspaceId } });
}

export async function listRuns(
  workspaceId: string,
  filter: { topologyId?: string; applianceId?: string },
  take = 20,
): Promise<ApplyRunRecord[]> {
  return getDb().applyRun.findMany({
    where: { workspaceId, ...filter },
    orderBy: { startedAt: "desc" },
    take,
  });
}

/** Both belong to the workspace (an id from elsewhere finds nothing). */
export async function applyTargetsExist(
  workspaceId: string,
  topologyId: string,
  applianceId: string,
): Promise<boolean> {
  const db = getDb();
  const [topology, appliance] = await Promise.all([
    db.topology.findFirst({ where: { id: topologyId, workspaceId }, select: { id: true } }),
    db.appliance.findFirst({ where: { id: applianceId, workspaceId }, select: { id: true } }),
  ]);
  return Boolean(topology && appliance);
}
