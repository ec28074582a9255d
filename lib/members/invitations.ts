// Invitations to a workspace. The link's token is never stored: only its SHA-256 (tokenHash),
// so whoever reads the database cannot join. Every change is scoped to the actor's workspace
// and audited in the same transaction; tokens never appear in an audit row.
import "server-only";
import { ActionError } from "@/lib/action-result";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { lockWorkspaceMembers } from "@/lib/members/store";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InvitedRole } from "@/lib/members/invited-roles";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface PendingInvitationView {
  id: string;
  email: string;
  role: string;
  inviterName: string;
  createdAt: Date;
  expiresAt: Date;
  emailedAt: Date | null;
}

export async function listPendingInvitations(
  workspaceId: string,
): Promise<PendingInvitationView[]> {
  const rows = await getDb().invitation.findMany({
    where: { workspaceId, status: "pending" },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      emailedAt: true,
      inviter: { select: { name: true } },
    },
  });
  return rows.map(({ inviter, role, ...row }) => ({
    ...row,
    role: role ?? "viewer",
    inviterName: inviter.name,
  }));
}

const INVITATION_NOT_FOUND =
  "This invitation no longer exists: it was accepted or canceled, or belongs to another workspace.";

/** Field error on the email when the address already belongs to a member of the workspace. */
export async function assertNotMember(
  workspaceId: string,
  email: string,
  db: Prisma.TransactionClient = getDb(),
): Promise<void> {
  const member = await db.membership.findFirst({
    where: { workspaceId, user: { email } },
    select: { id: true },
  });
  if (member) {
    throw new ActionError("This person is already a member.", "INVALID_INPUT", {
      email: ["This address belongs to a member of this workspace already."],
    });
  }
}

export interface NewInvitation {
  id: string;
  email: string;
  role: InvitedRole;
  tokenHash: string;
  expiresAt: Date;
  emailedAt: Date | null;
}

/** Creates a pending invitation; an older pending one for the same address is canceled. */
export async function createInvitation(actor: Actor, invitation: NewInvitation): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await lockWorkspaceMembers(tx, actor.workspaceId);
    await assertNotMember(actor.workspaceId, invitation.email, tx);
    const replaced = await tx.invitation.findMany({
      where: { workspaceId: actor.workspaceId, email: invitation.email, status: "pending" },
      select: { id: true },
    });
    for (const old of replaced) {
      await tx.invitation.update({ where: { id: old.id }, data: { status: "canceled" } });
      await audit(
        actor,
        "invitation.canceled",
        { type: "invitation", id: old.id, detail: { email: invitation.email, reason: "replaced" } },
        tx,
      );
    }
    await tx.invitation.create({
      data: {
        id: invitation.id,
        workspaceId: actor.workspaceId,
        email: invitation.email,
        role: invitation.role,
        status: "pending",
        expiresAt: invitation.expiresAt,
        inviterId: actor.userId,
        tokenHash: invitation.tokenHash,
        emailedAt: invitation.emailedAt,
      },
    });
    await audit(
      actor,
      "member.invited",
      {
        type: "invitation",
        id: invitation.id,
        detail: {
          email: invitation.email,
          role: invitation.role,
          emailed: invitation.emailedAt !== null,
        },
      },
      tx,
    );
  });
}

async function findPendingForUpdate(tx: Prisma.TransactionClient, actor: Actor, id: string) {
  const invitation = await tx.invitation.findFirst({
    where: { id, workspaceId: actor.workspaceId, status: "pending" },
    select: { id: true, email: true },
  });
  if (!invitation) throw new ActionError(INVITATION_NOT_FOUND, "NOT_FOUND");
  return invitation;
}

export async function cancelInvitation(actor: Actor, id: string): Promise<{ email: string }> {
  return getDb().$transaction(async (tx) => {
    await lockWorkspaceMembers(tx, actor.workspaceId);
    const invitation = await findPendingForUpdate(tx, actor, id);
    await tx.invitation.update({ where: { id }, data: { status: "canceled" } });
    await audit(
      actor,
      "invitation.canceled",
      { type: "invitation", id, detail: { email: invitation.email } },
      tx,
    );
    return { email: invitation.email };
  });
}

/**
 * Replaces the link of a pending invitation (the old one stops working) and gives it a fresh
 * lifetime. The new link has not been emailed, so the invitation becomes link-only.
 */
export async function relinkInvitation(
  actor: Actor,
  id: string,
  link: { tokenHash: string; expiresAt: Date },
): Promise<{ email: string }> {
  return getDb().$transaction(async (tx) => {
    await lockWorkspaceMembers(tx, actor.workspaceId);
    const invitation = await findPendingForUpdate(tx, actor, id);
    await tx.invitation.update({
      where: { id },
      data: { tokenHash: link.tokenHash, expiresAt: link.expiresAt, emailedAt: null },
    });
    await audit(
      actor,
      "invitation.relinked",
      { type: "invitation", id, detail: { email: invitation.email } },
      tx,
    );
    return { email: invitation.email };
  });
}

export interface OpenInvitation {
  id: string;
  workspaceId: string;
  workspaceName: string;
  email: string;
  role: InvitedRole;
  inviterName: string;
  expiresAt: Date;
  /** An account already uses the invited address: accepting means signing in to it. */
  hasAccount: boolean;
}

/** The pending, unexpired invitation behind a link token; null for anything else. */
export async function findOpenInvitation(
  tokenHash: string,
  now = new Date(),
): Promise<OpenInvitation | null> {
  const row = await getDb().invitation.findFirst({
    where: { tokenHash, status: "pending", expiresAt: { gt: now } },
    select: {
      id: true,
      workspaceId: true,
      email: true,
      role: true,
      expiresAt: true,
      workspace: { select: { name: true } },
      inviter: { select: { name: true } },
    },
  });
  if (!row) return null;
  const account = await getDb().user.findUnique({
    where: { email: row.email },
    select: { id: true },
  });
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    workspaceName: row.workspace.name,
    email: row.email,
    role: row.role === "editor" ? "editor" : "viewer",
    inviterName: row.inviter.name,
    expiresAt: row.expiresAt,
    hasAccount: account !== null,
  };
}
