// A topology's revision history: every document save left a row in topology_revisions. Always
// scoped to the caller's workspace through the topology, so another workspace's topology id
// finds nothing, exactly like an id that never existed.
import "server-only";
import { ActionError } from "@/lib/action-result";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { saveTopologyDocument } from "@/lib/topologies/documents";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { parseDocument, type TopologyDraft } from "@/lib/topology/schema";

export const REVISION_PAGE_SIZE = 25;

export interface RevisionSummary {
  id: string;
  version: number;
  /** The topology's name when the revision was saved. */
  name: string;
  /** The wizard step saved from; null for an import or a restore. */
  step: string | null;
  authorName: string;
  createdAt: Date;
}

export interface RevisionDetail extends RevisionSummary {
  kind: TopologyKind;
  document: TopologyDraft;
  /** Set when the stored document could not be read; `document` is then an empty one. */
  unreadable: string | null;
}

export interface RevisionPage {
  /** Newest first. */
  revisions: RevisionSummary[];
  total: number;
  hasMore: boolean;
}

const summarySelect = {
  id: true,
  version: true,
  name: true,
  step: true,
  createdAt: true,
  author: { select: { name: true } },
} satisfies Prisma.TopologyRevisionSelect;

type SummaryRow = Prisma.TopologyRevisionGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): RevisionSummary {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    step: row.step,
    authorName: row.author.name,
    createdAt: row.createdAt,
  };
}

/** Revisions of a visible (same workspace, not archived) topology. */
const visible = (workspaceId: string, topologyId: string) =>
  ({
    topologyId,
    topology: { workspaceId, archivedAt: null },
  }) satisfies Prisma.TopologyRevisionWhereInput;

async function findTopologyKind(workspaceId: string, id: string): Promise<TopologyKind | null> {
  const row = await getDb().topology.findFirst({
    where: { id, workspaceId, archivedAt: null },
    select: { kind: true },
  });
  return row?.kind ?? null;
}

/**
 * Newest first, `take` at a time; `beforeVersion` continues below the last one shown. Null
 * when the topology is not found.
 */
export async function listRevisions(
  workspaceId: string,
  topologyId: string,
  options: { take?: number; beforeVersion?: number } = {},
): Promise<RevisionPage | null> {
  if (!(await findTopologyKind(workspaceId, topologyId))) return null;
  const take = options.take ?? REVISION_PAGE_SIZE;
  const where = visible(workspaceId, topologyId);
  const [rows, total] = await Promise.all([
    getDb().topologyRevision.findMany({
      where: {
        ...where,
        ...(options.beforeVersion === undefined ? {} : { version: { lt: options.beforeVersion } }),
      },
      orderBy: { version: "desc" },
      // One more than asked tells whether there is more without a second count.
      take: take + 1,
      select: summarySelect,
    }),
    getDb().topologyRevision.count({ where }),
  ]);
  return { revisions: rows.slice(0, take).map(toSummary), total, hasMore: rows.length > take };
}

/** Versions (numbers) to load; each found one comes back parsed, in the order asked. */
export async function loadRevisions(
  workspaceId: string,
  topologyId: string,
  versions: readonly number[],
): Promise<RevisionDetail[] | null> {
  const kind = await findTopologyKind(workspaceId, topologyId);
  if (!kind) return null;
  const rows = await getDb().topologyRevision.findMany({
    where: { ...visible(workspaceId, topologyId), version: { in: [...versions] } },
    select: { ...summarySelect, spec: true, schemaVersion: true },
  });
  return versions.flatMap((version) => {
    const row = rows.find((r) => r.version === version);
    if (!row) return [];
    // Older schema versions migrate on read, exactly like the current document.
    const parsed = parseDocument(row.spec, {
      kind,
      name: row.name,
      schemaVersion: row.schemaVersion,
    });
    const empty = parseDocument({}, { kind, name: row.name });
    const document = parsed.ok ? parsed.document : empty.ok ? empty.document : null;
    if (!document)
      throw new Error(`Topology ${topologyId} has kind ${kind}, which no schema knows.`);
    return [
      {
        ...toSummary(row),
        kind,
        document: { ...document, name: row.name },
        unreadable: parsed.ok ? null : parsed.error,
      },
    ];
  });
}

/** One revision, or null when the topology or that version of it is not found. */
export async function loadRevision(
  workspaceId: string,
  topologyId: string,
  version: number,
): Promise<RevisionDetail | null> {
  const found = await loadRevisions(workspaceId, topologyId, [version]);
  return found?.[0] ?? null;
}

/** The revision saved just before `version` (versions skip numbers: renames bump it too). */
export async function previousRevisionVersion(
  workspaceId: string,
  topologyId: string,
  version: number,
): Promise<number | null> {
  const row = await getDb().topologyRevision.findFirst({
    where: { ...visible(workspaceId, topologyId), version: { lt: version } },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return row?.version ?? null;
}

export const RESTORED = "topology.restored";

/**
 * Makes an earlier revision the current draft. It goes through the ordinary save, so the
 * restore is itself a new revision and a stale `expectedVersion` is the wizard's CONFLICT.
 */
export async function restoreRevision(
  actor: Actor,
  input: { id: string; revision: number; expectedVersion: number },
): Promise<{ version: number }> {
  const kind = await findTopologyKind(actor.workspaceId, input.id);
  if (!kind) throw new ActionError("This topology no longer exists.", "NOT_FOUND");
  // Revisions are never changed once written, so reading it outside the save is safe.
  const revision = await loadRevision(actor.workspaceId, input.id, input.revision);
  if (!revision) {
    throw new ActionError(`This topology has no saved version ${input.revision}.`, "NOT_FOUND");
  }
  if (revision.unreadable) {
    throw new ActionError(
      `Version ${input.revision} cannot be restored: ${revision.unreadable}`,
      "FAILED",
    );
  }
  return saveTopologyDocument(actor, {
    id: input.id,
    expectedVersion: input.expectedVersion,
    document: revision.document,
    step: null,
    auditAction: RESTORED,
    auditDetail: (version) => ({ fromVersion: input.revision, newVersion: version }),
  });
}
