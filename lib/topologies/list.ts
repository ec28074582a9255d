// The topologies list: active or archived rows of one workspace, each with its derived state
// (draft / planned / applying / applied / apply failed), appliance and last editor.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { topologyState, type TopologyState } from "@/lib/topology/schema/lifecycle-state";
import { validateDocument } from "@/lib/topology/validate";

export interface TopologyListItem {
  id: string;
  kind: TopologyKind;
  name: string;
  version: number;
  state: TopologyState;
  updatedAt: Date;
  updatedByName: string;
  applianceId: string | null;
  applianceName: string | null;
  archivedAt: Date | null;
  /** When the last apply run started, if there was one. */
  lastRunAt: Date | null;
}

const listSelect = {
  id: true,
  kind: true,
  name: true,
  version: true,
  spec: true,
  updatedAt: true,
  archivedAt: true,
  applianceId: true,
  updatedBy: { select: { name: true } },
  appliance: { select: { name: true } },
  // Only the latest run matters for the state; the index (topologyId, startedAt) serves it.
  applyRuns: { orderBy: { startedAt: "desc" }, take: 1, select: { status: true, startedAt: true } },
} satisfies Prisma.TopologySelect;

type ListRow = Prisma.TopologyGetPayload<{ select: typeof listSelect }>;

function toItem(row: ListRow): TopologyListItem {
  const lastRun = row.applyRuns[0] ?? null;
  const documentValid = Boolean(
    validateDocument(row.spec, { kind: row.kind, name: row.name }).document,
  );
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    version: row.version,
    state: topologyState({
      documentValid,
      applianceChosen: row.applianceId !== null,
      lastRun: lastRun?.status ?? null,
    }),
    updatedAt: row.updatedAt,
    updatedByName: row.updatedBy.name,
    applianceId: row.applianceId,
    applianceName: row.appliance?.name ?? null,
    archivedAt: row.archivedAt,
    lastRunAt: lastRun?.startedAt ?? null,
  };
}

/** Active topologies by default; `archived: true` lists only the archived ones. */
export async function listTopologies(
  workspaceId: string,
  options: { archived?: boolean } = {},
): Promise<TopologyListItem[]> {
  const archived = options.archived ?? false;
  const rows = await getDb().topology.findMany({
    where: { workspaceId, archivedAt: archived ? { not: null } : null },
    orderBy: archived
      ? [{ archivedAt: "desc" }, { id: "asc" }]
      : [{ updatedAt: "desc" }, { id: "asc" }],
    select: listSelect,
  });
  return rows.map(toItem);
}

export async function countTopologies(
  workspaceId: string,
): Promise<{ active: number; archived: number }> {
  const [active, archived] = await Promise.all([
    getDb().topology.count({ where: { workspaceId, archivedAt: null } }),
    getDb().topology.count({ where: { workspaceId, archivedAt: { not: null } } }),
  ]);
  return { active, archived };
}

/** One row of the list by id, archived or not (the notice after archive / restore). */
export async function findTopologyListItem(
  workspaceId: string,
  id: string,
): Promise<TopologyListItem | null> {
  const row = await getDb().topology.findFirst({ where: { id, workspaceId }, select: listSelect });
  return row ? toItem(row) : null;
}
