// Password reset links: one row per link, found by the SHA-256 of its token, consumed once.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db/client";

export interface ResetLinkTarget {
  userId: string;
  name: string;
  email: string;
  /** The target's role in each workspace they belong to. */
  memberships: { workspaceId: string; role: string }[];
}

/** The person behind a membership of `workspaceId`, with all their memberships. */
export async function findResetTarget(
  workspaceId: string,
  membershipId: string,
): Promise<ResetLinkTarget | null> {
  const membership = await getDb().membership.findFirst({
    where: { id: membershipId, workspaceId },
    select: { userId: true },
  });
  if (!membership) return null;
  const user = await getDb().user.findUnique({
    where: { id: membership.userId },
    select: {
      id: true,
      name: true,
      email: true,
      memberships: { select: { workspaceId: true, role: true } },
    },
  });
  return (
    user && { userId: user.id, name: user.name, email: user.email, memberships: user.memberships }
  );
}

/** The workspaces `userId` owns. */
export async function ownedWorkspaceIds(userId: string): Promise<Set<string>> {
  const rows = await getDb().membership.findMany({
    where: { userId, role: "owner" },
    select: { workspaceId: true },
  });
  return new Set(rows.map((row) => row.workspaceId));
}

/** Replaces the user's unused links with a new one: only the newest link works. */
export async function insertResetLink(
  tx: Prisma.TransactionClient,
  link: {
    workspaceId: string;
    userId: string;
    tokenHash: string;
    expiresAt: Date;
    createdById: string;
  },
): Promise<string> {
  await tx.passwordResetLink.deleteMany({ where: { userId: link.userId, usedAt: null } });
  const id = randomUUID();
  await tx.passwordResetLink.create({ data: { id, ...link } });
  return id;
}

export interface OpenResetLink {
  id: string;
  workspaceId: string;
  userId: string;
  email: string;
  expiresAt: Date;
}

/** The link with this token hash if it is unused and unexpired. */
export async function findOpenResetLink(
  tokenHash: string,
  now: Date,
): Promise<OpenResetLink | null> {
  const link = await getDb().passwordResetLink.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    select: {
      id: true,
      workspaceId: true,
      userId: true,
      expiresAt: true,
      user: { select: { email: true } },
    },
  });
  return (
    link && {
      id: link.id,
      workspaceId: link.workspaceId,
      userId: link.userId,
      email: link.user.email,
      expiresAt: link.expiresAt,
    }
  );
}

/**
 * Marks the link used if it still is open; one conditional UPDATE, so of two requests racing
 * with the same token exactly one gets the link back.
 */
export async function consumeResetLink(
  tx: Prisma.TransactionClient,
  tokenHash: string,
  now: Date,
): Promise<{ id: string; workspaceId: string; userId: string } | null> {
  const rows = await tx.$queryRaw<{ id: string; workspaceId: string; userId: string }[]>`
    UPDATE "password_reset_links" SET "usedAt" = ${now}
    WHERE "tokenHash" = ${tokenHash} AND "usedAt" IS NULL AND "expiresAt" > ${now}
    RETURNING "id", "workspaceId", "userId"`;
  return rows[0] ?? null;
}
