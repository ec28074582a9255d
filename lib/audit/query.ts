// The audit log of one workspace: filtered, newest first, 50 a page with keyset pagination on
// (createdAt, id), with the actor's and the target's names resolved for the whole page at once.
import "server-only";
import { actionsMatching } from "@/lib/audit/action-labels";
import type { AuditCursor } from "@/lib/audit/cursor";
import type { AuditFilters, AuditPage } from "@/lib/audit/filters";
import { getDb } from "@/lib/db/client";
import { resolveAuditNames, type AuditTarget } from "@/lib/audit/targets";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEntry {
  id: string;
  createdAt: Date;
  action: string;
  actorId: string | null;
  /** The account as it is now, else as it was when the event was recorded; null: no actor. */
  actor: { name: string; email: string } | null;
  target: AuditTarget | null;
  /** The event's detail ({} when it has none). */
  detail: Record<string, unknown>;
  /** Topology and appliance names by id, for the ids the detail mentions. */
  names: Record<string, string>;
  ipAddress: string | null;
}

export interface AuditPageResult {
  entries: AuditEntry[];
  /** Where the next (older) page starts; null on the last page. */
  older: AuditCursor | null;
  /** Where the previous (newer) page ends; "newest" when that is the first page. */
  newer: AuditCursor | "newest" | null;
}

/**
 * The workspace's events. Sign-ins now carry the workspace the session opens on; older ones
 * were recorded without a workspace (installed databases still hold them) and are shown, as
 * before, in every workspace their person belongs to.
 */
function scope(workspaceId: string): Prisma.AuditEventWhereInput {
  return {
    OR: [
      { workspaceId },
      {
        workspaceId: null,
        action: { startsWith: "auth." },
        actor: { memberships: { some: { workspaceId } } },
      },
    ],
  };
}

function filterWhere(filters: AuditFilters): Prisma.AuditEventWhereInput[] {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (filters.actorId) where.push({ actorId: filters.actorId });
  if (filters.action) where.push({ action: filters.action });
  if (filters.category) where.push({ action: { startsWith: filters.category } });
  if (filters.topologyId) where.push({ targetId: filters.topologyId });
  if (filters.from) where.push({ createdAt: { gte: filters.from } });
  if (filters.to) where.push({ createdAt: { lt: filters.to } });
  if (filters.text) {
    where.push({
      OR: [
        { action: { contains: filters.text, mode: "insensitive" } },
        { action: { in: actionsMatching(filters.text) } },
      ],
    });
  }
  return where;
}

const olderThan = (c: AuditCursor): Prisma.AuditEventWhereInput => ({
  OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }],
});

const newerThan = (c: AuditCursor): Prisma.AuditEventWhereInput => ({
  OR: [{ createdAt: { gt: c.createdAt } }, { createdAt: c.createdAt, id: { gt: c.id } }],
});

const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] as const;
const oldestFirst = [{ createdAt: "asc" }, { id: "asc" }] as const;

const cursorOf = (row: { createdAt: Date; id: string }): AuditCursor => ({
  createdAt: row.createdAt,
  id: row.id,
});

const rowSelect = {
  id: true,
  createdAt: true,
  action: true,
  actorId: true,
  targetType: true,
  targetId: true,
  detail: true,
  ipAddress: true,
  actor: { select: { name: true, email: true } },
  actorName: true,
  actorEmail: true,
} as const satisfies Prisma.AuditEventSelect;

type Row = Prisma.AuditEventGetPayload<{ select: typeof rowSelect }>;

const detailOf = (json: Prisma.JsonValue | null): Record<string, unknown> =>
  typeof json === "object" && json !== null && !Array.isArray(json) ? { ...json } : {};

async function toEntries(workspaceId: string, rows: readonly Row[]): Promise<AuditEntry[]> {
  const refs = rows.map((row) => ({ ...row, detail: detailOf(row.detail) }));
  const resolved = await resolveAuditNames(workspaceId, refs);
  return refs.map((row) => {
    const names: Record<string, string> = {};
    for (const value of Object.values(row.detail)) {
      const name = typeof value === "string" ? resolved.names.get(value) : undefined;
      if (name) names[value as string] = name;
    }
    return {
      id: row.id,
      createdAt: row.createdAt,
      action: row.action,
      actorId: row.actorId,
      // A deleted account is no longer in "users"; the row kept its name and e-mail.
      actor:
        row.actor ??
        (row.actorName === null ? null : { name: row.actorName, email: row.actorEmail ?? "" }),
      target: resolved.target(row),
      detail: row.detail,
      names,
      ipAddress: row.ipAddress,
    };
  });
}

export async function listAuditEvents(
  workspaceId: string,
  filters: AuditFilters = {},
  page: AuditPage = {},
): Promise<AuditPageResult> {
  const db = getDb();
  const base = [scope(workspaceId), ...filterWhere(filters)];
  const find = (extra: Prisma.AuditEventWhereInput, ascending: boolean, take: number) =>
    db.auditEvent.findMany({
      where: { AND: [...base, extra] },
      orderBy: ascending ? [...oldestFirst] : [...newestFirst],
      take,
      select: rowSelect,
    });
  // How many rows lie beyond a cursor, counting no further than `limit`.
  const countBeyond = async (extra: Prisma.AuditEventWhereInput, limit: number) =>
    (
      await db.auditEvent.findMany({
        where: { AND: [...base, extra] },
        select: { id: true },
        take: limit,
      })
    ).length;

  if (page.after) {
    const newer = await find(newerThan(page.after), true, AUDIT_PAGE_SIZE + 1);
    // Back at the top: the first page, exactly as a fresh visit shows it.
    if (newer.length <= AUDIT_PAGE_SIZE) return listAuditEvents(workspaceId, filters);
    const rows = newer.slice(0, AUDIT_PAGE_SIZE).reverse();
    const [first, last] = [rows[0], rows.at(-1)];
    const older = last ? await countBeyond(olderThan(cursorOf(last)), 1) : 0;
    return {
      entries: await toEntries(workspaceId, rows),
      older: last && older > 0 ? cursorOf(last) : null,
      newer: first ? cursorOf(first) : null,
    };
  }

  const found = await find(page.before ? olderThan(page.before) : {}, false, AUDIT_PAGE_SIZE + 1);
  const rows = found.slice(0, AUDIT_PAGE_SIZE);
  const last = rows.at(-1);
  let newer: AuditPageResult["newer"] = null;
  if (page.before) {
    const top = rows[0] ? cursorOf(rows[0]) : page.before;
    const above = await countBeyond(newerThan(top), AUDIT_PAGE_SIZE + 1);
    if (above > AUDIT_PAGE_SIZE) newer = top;
    else if (above > 0) newer = "newest";
  }
  return {
    entries: await toEntries(workspaceId, rows),
    older: found.length > AUDIT_PAGE_SIZE && last ? cursorOf(last) : null,
    newer,
  };
}
