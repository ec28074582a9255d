// Accepting an invitation from its link, as a new account or with an existing one. The
// invitation is claimed with a conditional update, so a link works exactly once even when two
// browsers submit it at the same moment.
import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { ActionError } from "@/lib/action-result";
import { createPasswordUser } from "@/lib/auth/accounts";
import {
  checkSignInThrottle,
  clearSignInFailures,
  recordSignInFailure,
} from "@/lib/auth/sign-in-throttle";
import { hashLinkToken, isLinkTokenShape } from "@/lib/auth/tokens";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { findOpenInvitation, type OpenInvitation } from "@/lib/members/invitations";
import { lockWorkspaceMembers } from "@/lib/members/store";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  AcceptWithExistingAccountInput,
  AcceptWithNewAccountInput,
} from "@/lib/members/schemas";

export const INVITATION_INVALID = "This invitation is no longer valid.";

/** Unknown, expired, canceled and accepted links all look the same: nothing to learn. */
export async function findInvitationForToken(token: string): Promise<OpenInvitation | null> {
  if (!isLinkTokenShape(token)) return null;
  return findOpenInvitation(hashLinkToken(token));
}

async function requireInvitation(token: string): Promise<OpenInvitation> {
  const invitation = await findInvitationForToken(token);
  if (!invitation) throw new ActionError(INVITATION_INVALID, "NOT_FOUND");
  return invitation;
}

// The same counters as signing in: only wrong passwords count, per account and address.
async function throttle(clientAddress: string, email: string): Promise<void> {
  const result = await checkSignInThrottle({ clientAddress, email });
  if (!result.allowed) {
    throw new ActionError(
      `Too many attempts. Wait ${result.retryAfterMinutes} minutes and try again.`,
      "RATE_LIMITED",
    );
  }
}

export interface AcceptedInvitation {
  userId: string;
  email: string;
  workspaceId: string;
}

/** Marks the invitation accepted, adds the membership and audits it; refuses a used link. */
async function claimAndJoin(
  tx: Prisma.TransactionClient,
  invitation: OpenInvitation,
  userId: string,
  details: { token: string; newAccount: boolean; clientAddress: string },
): Promise<void> {
  // The workspace first, in the same order as the owner's changes take their locks.
  await lockWorkspaceMembers(tx, invitation.workspaceId);
  const now = new Date();
  const claimed = await tx.invitation.updateMany({
    where: {
      id: invitation.id,
      tokenHash: hashLinkToken(details.token),
      status: "pending",
      expiresAt: { gt: now },
    },
    data: { status: "accepted", acceptedAt: now, acceptedById: userId },
  });
  if (claimed.count !== 1) throw new ActionError(INVITATION_INVALID, "NOT_FOUND");
  const existing = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } },
    select: { role: true },
  });
  // Already a member (added meanwhile): the invitation is used up but never lowers a role.
  if (!existing) {
    await tx.membership.create({
      data: {
        id: randomUUID(),
        workspaceId: invitation.workspaceId,
        userId,
        role: invitation.role,
      },
    });
  }
  const actor = {
    userId,
    workspaceId: invitation.workspaceId,
    clientAddress: details.clientAddress,
  };
  await audit(
    actor,
    "invitation.accepted",
    {
      type: "invitation",
      id: invitation.id,
      detail: {
        email: invitation.email,
        role: existing?.role ?? invitation.role,
        newAccount: details.newAccount,
      },
    },
    tx,
  );
}

export async function acceptWithNewAccount(
  input: AcceptWithNewAccountInput,
  clientAddress: string,
): Promise<AcceptedInvitation> {
  const invitation = await requireInvitation(input.token);
  await throttle(clientAddress, invitation.email);
  const passwordHash = await hashPassword(input.password);
  const userId = await getDb().$transaction(async (tx) => {
    const taken = await tx.user.findUnique({
      where: { email: invitation.email },
      select: { id: true },
    });
    if (taken) {
      throw new ActionError(
        "An account with this email address exists already. Reload the page to join with it.",
        "CONFLICT",
      );
    }
    const newUserId = await createPasswordUser(tx, {
      name: input.name,
      email: invitation.email,
      passwordHash,
    });
    await claimAndJoin(tx, invitation, newUserId, {
      token: input.token,
      newAccount: true,
      clientAddress,
    });
    return newUserId;
  });
  await clearSignInFailures({ clientAddress, email: invitation.email });
  return { userId, email: invitation.email, workspaceId: invitation.workspaceId };
}

export async function acceptWithExistingAccount(
  input: AcceptWithExistingAccountInput,
  clientAddress: string,
): Promise<AcceptedInvitation> {
  const invitation = await requireInvitation(input.token);
  await throttle(clientAddress, invitation.email);
  const user = await getDb().user.findUnique({
    where: { email: invitation.email },
    select: {
      id: true,
      accounts: { where: { providerId: "credential" }, select: { password: true } },
    },
  });
  if (!user) {
    throw new ActionError(
      "No account uses this email address any more. Reload the page to create one.",
      "CONFLICT",
    );
  }
  const hash = user.accounts[0]?.password;
  if (!hash || !(await verifyPassword({ hash, password: input.password }))) {
    await recordSignInFailure({ clientAddress, email: invitation.email });
    throw new ActionError("Wrong password.", "INVALID_INPUT", {
      password: ["Wrong password. Try again."],
    });
  }
  await getDb().$transaction((tx) =>
    claimAndJoin(tx, invitation, user.id, {
      token: input.token,
      newAccount: false,
      clientAddress,
    }),
  );
  await clearSignInFailures({ clientAddress, email: invitation.email });
  return { userId: user.id, email: invitation.email, workspaceId: invitation.workspaceId };
}
