// One-time password reset links: an owner issues one for a member who lost their password; the
// member opens /reset/<token> and sets a new one, which ends all their sessions. The token is
// shown once and only its SHA-256 is stored (like invitation links).
//
// Who may be reset: only editors and viewers, and only when every workspace they belong to is
// one the issuing owner owns too. A reset link hands over the account, so an owner must not be
// able to take over a fellow owner (same rights, possibly other workspaces, and whose actions
// the audit log would then wrongly attribute), nor someone whose other workspaces the issuer has
// no say in. A locked-out owner is recovered by whoever runs the installation, not by a peer.
import "server-only";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { ActionError } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { revokeSessions, setPasswordHash } from "@/lib/auth/password-store";
import {
  consumeResetLink,
  findOpenResetLink,
  findResetTarget,
  insertResetLink,
  ownedWorkspaceIds,
  type OpenResetLink,
} from "@/lib/auth/reset-link-store";
import { hashLinkToken, isLinkTokenShape, newLinkToken } from "@/lib/auth/tokens";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

/** Short: the link is a password in transit. */
export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000;

export interface IssuedResetLink {
  email: string;
  link: string;
  expiresAt: Date;
}

export async function issueResetLink(
  actor: Actor,
  membershipId: string,
  origin: string,
  now = new Date(),
): Promise<IssuedResetLink> {
  const target = await findResetTarget(actor.workspaceId, membershipId);
  const here = target?.memberships.find((m) => m.workspaceId === actor.workspaceId);
  if (!target || !here) throw new ActionError("This person is not a member here.", "NOT_FOUND");
  if (target.userId === actor.userId) {
    throw new ActionError("Change your own password under Settings › Account.", "CONFLICT");
  }
  if (here.role === "owner") {
    throw new ActionError(
      "An owner's password can only be changed by that owner: a reset link would let one owner take over another.",
      "FORBIDDEN",
    );
  }
  const owned = await ownedWorkspaceIds(actor.userId);
  if (target.memberships.some((m) => !owned.has(m.workspaceId))) {
    throw new ActionError(
      `${target.name} also belongs to a workspace you do not own, so only they can change their password.`,
      "FORBIDDEN",
    );
  }
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + RESET_LINK_LIFETIME_MS);
  await getDb().$transaction(async (tx) => {
    const id = await insertResetLink(tx, {
      workspaceId: actor.workspaceId,
      userId: target.userId,
      tokenHash: hashLinkToken(token),
      expiresAt,
      createdById: actor.userId,
    });
    await audit(
      actor,
      "member.password_reset_issued",
      { type: "user", id: target.userId, detail: { linkId: id } },
      tx,
    );
  });
  return { email: target.email, link: `${origin}/reset/${token}`, expiresAt };
}

/** The open link behind a token, for the reset page; null for anything else. */
export async function findResetLinkForToken(token: string): Promise<OpenResetLink | null> {
  if (!isLinkTokenShape(token)) return null;
  return findOpenResetLink(hashLinkToken(token), new Date());
}

export const resetPasswordSchema = z
  .object({
    token: z.string().max(100),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "Repeat the new password.").max(1024),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords differ.",
  });

const usedOrExpired = () =>
  new ActionError(
    "This reset link has expired or was used already. Ask a workspace owner for a new one.",
    "NOT_FOUND",
  );

/** Sets the new password and ends every session of the account; the link works once. */
export async function resetPassword(
  input: z.infer<typeof resetPasswordSchema>,
  clientAddress: string,
  now = new Date(),
): Promise<{ email: string }> {
  if (!isLinkTokenShape(input.token)) throw usedOrExpired();
  const passwordHash = await hashPassword(input.newPassword);
  return getDb().$transaction(async (tx) => {
    const link = await consumeResetLink(tx, hashLinkToken(input.token), now);
    if (!link) throw usedOrExpired();
    await setPasswordHash(tx, link.userId, passwordHash);
    const sessionsRevoked = await revokeSessions(tx, link.userId, null);
    await audit(
      { userId: link.userId, workspaceId: link.workspaceId, clientAddress },
      "member.password_reset_used",
      { type: "user", id: link.userId, detail: { linkId: link.id, sessionsRevoked } },
      tx,
    );
    const user = await tx.user.findUniqueOrThrow({
      where: { id: link.userId },
      select: { email: true },
    });
    return { email: user.email };
  });
}
