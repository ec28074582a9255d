// History of live state changes (lib/status). Rows are per appliance; a topology's timeline is
// the rows of the objects it watches, so changes seen while another topology (or instance)
// watched them still show.
import { getDb } from "@/lib/db/client";
import type { Transition } from "@/lib/status/snapshot";

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
