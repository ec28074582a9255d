// Alert state rows (alert_states): one per rule, topology and object, written only by the
// evaluator that holds the lease.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AlertLife, AlertStatus } from "../transition";

export interface StoredAlertState extends AlertLife {
  id: string;
  objectKey: string;
}

export async function loadStates(
  ruleId: string,
  topologyId: string,
): Promise<Map<string, StoredAlertState>> {
  const rows = await getDb().alertState.findMany({ where: { ruleId, topologyId } });
  return new Map(
    rows.map((r) => [
      r.objectKey,
      {
        id: r.id,
        objectKey: r.objectKey,
        status: r.status as AlertStatus,
        pendingSince: r.pendingSince,
        firingSince: r.firingSince,
        resolvedAt: r.resolvedAt,
        flapChanges: r.flapChanges,
        flapWindowAt: r.flapWindowAt,
        flapping: r.flapping,
      },
    ]),
  );
}

/** The facts of the last evaluation kept with the state (for the Firing now list). */
export interface StateDetail {
  state: string | null;
  since: string | null;
  detail: string | null;
  monitor: { name: string; state: string; lastResponse: string | null } | null;
}

export async function saveState(input: {
  ruleId: string;
  workspaceId: string;
  topologyId: string;
  objectKey: string;
  label: string;
  life: AlertLife;
  detail: StateDetail;
}): Promise<string> {
  const data = {
    label: input.label,
    status: input.life.status,
    pendingSince: input.life.pendingSince,
    firingSince: input.life.firingSince,
    resolvedAt: input.life.resolvedAt,
    flapChanges: input.life.flapChanges,
    flapWindowAt: input.life.flapWindowAt,
    flapping: input.life.flapping,
    detail: input.detail as unknown as Prisma.InputJsonObject,
  };
  const row = await getDb().alertState.upsert({
    where: {
      ruleId_topologyId_objectKey: {
        ruleId: input.ruleId,
        topologyId: input.topologyId,
        objectKey: input.objectKey,
      },
    },
    create: {
      ruleId: input.ruleId,
      workspaceId: input.workspaceId,
      topologyId: input.topologyId,
      objectKey: input.objectKey,
      ...data,
    },
    update: data,
    select: { id: true },
  });
  return row.id;
}

/** The navigation badge: one count query. */
export async function countFiring(workspaceId: string): Promise<number> {
  return getDb().alertState.count({ where: { workspaceId, status: "firing" } });
}

export interface FiringAlertView {
  id: string;
  ruleName: string;
  topologyId: string;
  objectKey: string;
  label: string;
  firingSince: string | null;
  flapping: boolean;
  state: string | null;
}

export async function listFiring(workspaceId: string): Promise<FiringAlertView[]> {
  const rows = await getDb().alertState.findMany({
    where: { workspaceId, status: "firing" },
    orderBy: { firingSince: "desc" },
    take: 200,
    include: { rule: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    ruleName: r.rule.name,
    topologyId: r.topologyId,
    objectKey: r.objectKey,
    label: r.label,
    firingSince: r.firingSince?.toISOString() ?? null,
    flapping: r.flapping,
    state:
      typeof (r.detail as { state?: unknown }).state === "string"
        ? (r.detail as { state: string }).state
        : null,
  }));
}

/**
 * Quietly resolves a rule's alerts on topologies it no longer watches (archived, appliance
 * removed, out of its scope), so nothing stays firing that nobody can see resolve.
 */
export async function resolveOutOfScope(
  ruleId: string,
  watchedTopologyIds: readonly string[],
  now = new Date(),
): Promise<number> {
  const { count } = await getDb().alertState.updateMany({
    where: { ruleId, status: { not: "resolved" }, topologyId: { notIn: [...watchedTopologyIds] } },
    data: { status: "resolved", resolvedAt: now, pendingSince: null },
  });
  return count;
}
