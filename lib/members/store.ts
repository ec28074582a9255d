// The people in a workspace: listing, changing roles and removing, always scoped to the
// actor's workspace and audited. A workspace keeps at least one owner at all times.
import "server-only";
import { ActionError } from "@/lib/action-result";
import type { Role } from "@/lib/auth/roles";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface MemberView {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  joinedAt: Date;
}

export async function listMembers(workspaceId: string): Promise<MemberView[]> {
  const rows = await getDb().membership.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    joinedAt: row.createdAt,
  }));
}

/**
 * Serializes every change to a workspace's members (roles, removals, invitations, joins), so
 * two owners demoting each other at the same moment cannot leave the workspace ownerless.
 */
export async function lockWorkspaceMembers(
  tx: Prisma.TransactionClient,
  workspaceId: string,
): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "workspaces" WHERE "id" = ${workspaceId} FOR UPDATE`;
}

const MEMBER_NOT_FOUND = "This person is not a member of this workspace.";

async function findMemberForUpdate(tx: Prisma.TransactionClient, actor: Actor, id: string) {
  const member = await tx.membership.findFirst({
    where: { id, workspaceId: actor.workspaceId },
    select: { id: true, role: true, userId: true, user: { select: { name: true, email: true } } },
  });
  if (!member) throw new ActionError(MEMBER_NOT_FOUND, "NOT_FOUND");
  return member;
}

async function isLastOwner(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  role: string,
): Promise<boolean> {
  if (role !== "owner") return false;
  return (await tx.membership.count({ where: { workspaceId, role: "owner" } })) <= 1;
}

export interface RoleChange {
  from: string;
  to: Role;
  changed: boolean;
}

export async function changeMemberRole(
  actor: Actor,
  input: { membershipId: string; role: Role },
): Promise<RoleChange> {
  return getDb().$transaction(async (tx) => {
    await lockWorkspaceMembers(tx, actor.workspaceId);
    const member = await findMemberForUpdate(tx, actor, input.membershipId);
    if (member.role === input.role) return { from: member.role, to: input.role, changed: false };
    if (await isLastOwner(tx, actor.workspaceId, member.role)) {
      throw new ActionError(
        member.userId === actor.userId
          ? "You are the last owner of this workspace. Make another member an owner before you change your own role."
          : `${member.user.name} is the last owner of this workspace. Make another member an owner first.`,
        "CONFLICT",
      );
    }
    await tx.membership.update({ where: { id: member.id }, data: { role: input.role } });
    await audit(
      actor,
      "member.role_changed",
      {
        type: "user",
        id: member.userId,
        detail: { memberUserId: member.userId, from: member.role, to: input.role },
      },
      tx,
    );
    return { from: member.role, to: input.role, changed: true };
  });
}

export async function removeMember(
  actor: Actor,
  input: { membershipId: string },
): Promise<{ userId: string; self: boolean }> {
  return getDb().$transaction(async (tx) => {
    await lockWorkspaceMembers(tx, actor.workspaceId);
    const member = await findMemberForUpdate(tx, actor, input.membershipId);
    const self = member.userId === actor.userId;
    if (await isLastOwner(tx, actor.workspaceId, member.role)) {
      throw new ActionError(
        self
          ? "You are the last owner of this workspace, so you cannot leave it. Make another member an owner first."
          : `${member.user.name} is the last owner of this workspace and cannot be removed.`,
        "CONFLICT",
      );
    }
    await tx.membership.delete({ where: { id: member.id } });
    await audit(
      actor,
      "member.removed",
      {
        type: "user",
        id: member.userId,
        detail: { memberUserId: member.userId, email: member.user.email, role: member.role },
      },
      tx,
    );
    return { userId: member.userId, self };
  });
}
