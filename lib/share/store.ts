// Read-only share links of a topology. Only the SHA-256 of a link's token is stored; the token
// itself exists once, in the answer to the create action. Management is scoped to the caller's
// workspace (another workspace's id is simply not found); resolving a token is the one lookup
// without a workspace, because the token is the credential.
import "server-only";
import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/action-result";
import { hashLinkToken, isLinkTokenShape, newLinkToken } from "@/lib/auth/tokens";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { expiresAtFrom } from "@/lib/share/expiry";
import { shareLinkState, type ShareLinkState } from "@/lib/share/link-state";

/** lastUsedAt is written at most this often per link, so a busy link does not write per hit. */
export const TOUCH_EVERY_MS = 60_000;

export interface ShareLinkView {
  id: string;
  label: string;
  showAddresses: boolean;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  createdByName: string;
  lastUsedAt: Date | null;
  state: ShareLinkState;
}

export interface CreatedShareLink {
  id: string;
  /** The bearer token: returned once, never stored. */
  token: string;
  expiresAt: Date | null;
}

export interface ResolvedShareLink {
  linkId: string;
  workspaceId: string;
  topologyId: string;
  showAddresses: boolean;
  expiresAt: Date | null;
  topology: { name: string; kind: TopologyKind; version: number; applianceId: string | null };
  appliance: { name: string; baseUrl: string; isSimulated: boolean } | null;
}

const notFound = () => new ActionError("This topology no longer exists.", "NOT_FOUND");

export async function createShareLink(
  actor: Actor,
  input: {
    topologyId: string;
    label: string;
    expiresInMinutes: number | null;
    showAddresses: boolean;
  },
  now: Date = new Date(),
): Promise<CreatedShareLink> {
  const id = randomUUID();
  const token = newLinkToken();
  const expiresAt = expiresAtFrom(input.expiresInMinutes, now);
  await getDb().$transaction(async (tx) => {
    const topology = await tx.topology.count({
      where: { id: input.topologyId, workspaceId: actor.workspaceId, archivedAt: null },
    });
    if (!topology) throw notFound();
    await tx.shareLink.create({
      data: {
        id,
        workspaceId: actor.workspaceId,
        topologyId: input.topologyId,
        tokenHash: hashLinkToken(token),
        label: input.label,
        showAddresses: input.showAddresses,
        expiresAt,
        createdById: actor.userId,
        createdAt: now,
      },
    });
    await audit(
      actor,
      "share.created",
      {
        type: "topology",
        id: input.topologyId,
        // Never the token: the audit log must not be a way to open the link.
        detail: {
          linkId: id,
          label: input.label,
          expiresAt: expiresAt?.toISOString() ?? null,
          showAddresses: input.showAddresses,
        },
      },
      tx,
    );
  });
  return { id, token, expiresAt };
}

/** Every link of the topology, newest first; revoked and expired ones stay as history. */
export async function listShareLinks(
  workspaceId: string,
  topologyId: string,
  now: Date = new Date(),
): Promise<ShareLinkView[]> {
  const rows = await getDb().shareLink.findMany({
    where: { workspaceId, topologyId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      label: true,
      showAddresses: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      lastUsedAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({
    ...row,
    createdByName: createdBy.name,
    state: shareLinkState(row, now),
  }));
}

/** Revokes a link at once; revoking it again (another tab) changes and records nothing. */
export async function revokeShareLink(
  actor: Actor,
  input: { id: string },
  now: Date = new Date(),
): Promise<{ topologyId: string; revokedAt: Date }> {
  return getDb().$transaction(async (tx) => {
    const link = await tx.shareLink.findFirst({
      where: { id: input.id, workspaceId: actor.workspaceId },
      select: { id: true, topologyId: true, label: true, revokedAt: true },
    });
    if (!link) throw new ActionError("This link no longer exists.", "NOT_FOUND");
    if (link.revokedAt) return { topologyId: link.topologyId, revokedAt: link.revokedAt };
    const updated = await tx.shareLink.updateMany({
      where: { id: link.id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (updated.count === 0) {
      const current = await tx.shareLink.findUniqueOrThrow({ where: { id: link.id } });
      return { topologyId: link.topologyId, revokedAt: current.revokedAt ?? now };
    }
    await audit(
      actor,
      "share.revoked",
      { type: "topology", id: link.topologyId, detail: { linkId: link.id, label: link.label } },
      tx,
    );
    return { topologyId: link.topologyId, revokedAt: now };
  });
}

/**
 * The link a token opens, or null when the token is malformed (no database lookup at all),
 * unknown, expired, revoked, or its topology is archived: callers answer all of these alike.
 */
export async function resolveShareLink(
  token: string,
  now: Date = new Date(),
): Promise<ResolvedShareLink | null> {
  if (!isLinkTokenShape(token)) return null;
  const db = getDb();
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      id: true,
      workspaceId: true,
      topologyId: true,
      showAddresses: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      topology: {
        select: {
          workspaceId: true,
          name: true,
          kind: true,
          version: true,
          applianceId: true,
          archivedAt: true,
          // Deliberately no username or password: nothing here may reach a shared view.
          appliance: {
            select: { workspaceId: true, name: true, baseUrl: true, isSimulated: true },
          },
        },
      },
    },
  });
  if (
    !link ||
    link.revokedAt ||
    (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) ||
    link.topology.archivedAt ||
    link.topology.workspaceId !== link.workspaceId
  ) {
    return null;
  }
  if (!link.lastUsedAt || now.getTime() - link.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    // Conditional, so concurrent viewers write once per interval between them.
    await db.shareLink.updateMany({
      where: {
        id: link.id,
        OR: [
          { lastUsedAt: null },
          { lastUsedAt: { lte: new Date(now.getTime() - TOUCH_EVERY_MS) } },
        ],
      },
      data: { lastUsedAt: now },
    });
  }
  const appliance = link.topology.appliance;
  return {
    linkId: link.id,
    workspaceId: link.workspaceId,
    topologyId: link.topologyId,
    showAddresses: link.showAddresses,
    expiresAt: link.expiresAt,
    topology: {
      name: link.topology.name,
      kind: link.topology.kind,
      version: link.topology.version,
      applianceId: link.topology.applianceId,
    },
    appliance:
      appliance && appliance.workspaceId === link.workspaceId
        ? { name: appliance.name, baseUrl: appliance.baseUrl, isSimulated: appliance.isSimulated }
        : null,
  };
}
