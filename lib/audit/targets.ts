// Names for the audit log: what each event's target and the ids in its detail are called now
// (or were called, from the detail, when the record is gone). One query per kind of record for
// a whole page, never one per row.
import "server-only";
import { getDb } from "@/lib/db/client";

export interface AuditTarget {
  type: string;
  id: string;
  /** A topology's or appliance's name, a member's name, an invitation's email. */
  label: string;
  /** A member's email, beside their name. */
  secondary: string | null;
  /** The topology's page, while the topology exists and is not archived. */
  href: string | null;
  /** "deleted": the record is gone and the label comes from the event itself. */
  state: "present" | "archived" | "deleted";
}

export interface AuditRowRefs {
  targetType: string | null;
  targetId: string | null;
  detail: Readonly<Record<string, unknown>>;
}

export interface ResolvedNames {
  target: (row: AuditRowRefs) => AuditTarget | null;
  /** Topology and appliance names by id, for ids the detail mentions. */
  names: ReadonlyMap<string, string>;
}

const str = (value: unknown): string | null =>
  typeof value === "string" && value !== "" ? value : null;

function idsOf(rows: readonly AuditRowRefs[], type: string, detailKeys: readonly string[]) {
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.targetType === type && row.targetId) ids.add(row.targetId);
    for (const key of detailKeys) {
      const id = str(row.detail[key]);
      if (id) ids.add(id);
    }
  }
  return [...ids];
}

/** Resolves every name a page of events needs, scoped to the workspace. */
export async function resolveAuditNames(
  workspaceId: string,
  rows: readonly AuditRowRefs[],
): Promise<ResolvedNames> {
  const db = getDb();
  const topologyIds = idsOf(rows, "topology", ["sourceId"]);
  const applianceIds = idsOf(rows, "appliance", ["applianceId"]);
  const userIds = idsOf(rows, "user", []);
  const invitationIds = idsOf(rows, "invitation", []);
  const needsWorkspace = rows.some((row) => row.targetType === "workspace");
  const [topologies, appliances, users, invitations, workspace] = await Promise.all([
    topologyIds.length
      ? db.topology.findMany({
          where: { workspaceId, id: { in: topologyIds } },
          select: { id: true, name: true, archivedAt: true },
        })
      : [],
    applianceIds.length
      ? db.appliance.findMany({
          where: { workspaceId, id: { in: applianceIds } },
          select: { id: true, name: true },
        })
      : [],
    // Users belong to no workspace; these ids come from this workspace's own events.
    userIds.length
      ? db.user.findMany({
          where: { id: { in: userIds } },
          select: { id: true, name: true, email: true },
        })
      : [],
    invitationIds.length
      ? db.invitation.findMany({
          where: { workspaceId, id: { in: invitationIds } },
          select: { id: true, email: true },
        })
      : [],
    needsWorkspace
      ? db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true, name: true } })
      : null,
  ]);
  const topologyById = new Map(topologies.map((t) => [t.id, t]));
  const userById = new Map(users.map((u) => [u.id, u]));
  const names = new Map<string, string>([
    ...topologies.map((t) => [t.id, t.name] as const),
    ...appliances.map((a) => [a.id, a.name] as const),
  ]);
  const emailByInvitation = new Map(invitations.map((i) => [i.id, i.email]));

  function target(row: AuditRowRefs): AuditTarget | null {
    if (!row.targetType || !row.targetId) return null;
    const base = { type: row.targetType, id: row.targetId, secondary: null, href: null };
    const fromDetail =
      str(row.detail.name) ?? str(row.detail.email) ?? str(row.detail.label) ?? null;
    switch (row.targetType) {
      case "topology": {
        const topology = topologyById.get(row.targetId);
        if (!topology) return { ...base, label: fromDetail ?? "(deleted)", state: "deleted" };
        return topology.archivedAt
          ? { ...base, label: topology.name, state: "archived" }
          : { ...base, label: topology.name, href: `/topologies/${topology.id}`, state: "present" };
      }
      case "user": {
        const user = userById.get(row.targetId);
        return user
          ? { ...base, label: user.name, secondary: user.email, state: "present" }
          : { ...base, label: str(row.detail.email) ?? "a former member", state: "deleted" };
      }
      case "invitation": {
        const email = emailByInvitation.get(row.targetId) ?? str(row.detail.email);
        return email
          ? {
              ...base,
              label: email,
              state: emailByInvitation.has(row.targetId) ? "present" : "deleted",
            }
          : { ...base, label: "(deleted invitation)", state: "deleted" };
      }
      case "workspace":
        return workspace
          ? { ...base, label: workspace.name, state: "present" }
          : { ...base, label: "(deleted)", state: "deleted" };
      default: {
        const name = names.get(row.targetId);
        return name
          ? { ...base, label: name, state: "present" }
          : { ...base, label: fromDetail ?? row.targetId, state: "deleted" };
      }
    }
  }

  return { target, names };
}
