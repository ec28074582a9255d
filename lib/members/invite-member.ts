// Inviting someone: a fresh link token (only its hash is stored), the optional email, and the
// invitation itself. A failed email never loses the invitation: the owner gets the link anyway.
import { randomUUID } from "node:crypto";
import { roleLabels } from "@/lib/auth/roles";
import { hashLinkToken, newLinkToken } from "@/lib/auth/tokens";
import {
  assertNotMember,
  createInvitation,
  INVITATION_LIFETIME_MS,
  relinkInvitation,
} from "@/lib/members/invitations";
import type { Actor } from "@/lib/auth/actor";
import { log } from "@/lib/log";
import { invitationEmail } from "@/lib/mail/invitation-email";
import { MailError } from "@/lib/mail/mail-failure";
import { sendMail } from "@/lib/mail/send-mail";
import { getSmtpSettings } from "@/lib/mail/smtp-settings";
import { invitationLink } from "@/lib/members/invitation-link";
import type { InvitedRole } from "@/lib/members/invited-roles";

export type EmailOutcome =
  | { status: "sent" }
  | { status: "failed"; reason: string }
  /** SMTP is not configured: the owner shares the link. */
  | { status: "off" };

/** The one moment the link exists in full: shown once to the owner, never stored. */
export interface InvitationLinkResult {
  id: string;
  email: string;
  link: string;
  expiresAt: Date;
  emailOutcome: EmailOutcome;
}

export interface Inviter extends Actor {
  userName: string;
  workspaceName: string;
}

export async function inviteMember(
  inviter: Inviter,
  input: { email: string; role: InvitedRole },
  origin: string,
): Promise<InvitationLinkResult> {
  // Checked before any email goes out; checked again inside the transaction.
  await assertNotMember(inviter.workspaceId, input.email);
  const id = randomUUID();
  const token = newLinkToken();
  const link = invitationLink(origin, token);
  const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
  const emailOutcome = await emailInvitation({
    to: input.email,
    inviterName: inviter.userName,
    workspaceName: inviter.workspaceName,
    roleLabel: roleLabels[input.role],
    link,
    expiresAt,
  });
  await createInvitation(inviter, {
    id,
    email: input.email,
    role: input.role,
    tokenHash: hashLinkToken(token),
    expiresAt,
    emailedAt: emailOutcome.status === "sent" ? new Date() : null,
  });
  return { id, email: input.email, link, expiresAt, emailOutcome };
}

async function emailInvitation(
  message: Parameters<typeof invitationEmail>[0],
): Promise<EmailOutcome> {
  const settings = getSmtpSettings();
  if (!settings) return { status: "off" };
  try {
    await sendMail(settings, invitationEmail(message));
    return { status: "sent" };
  } catch (error) {
    if (!(error instanceof MailError)) throw error;
    log.warn(`invitation email could not be sent: ${error.message}`);
    return { status: "failed", reason: error.message };
  }
}

/** A new link for a pending invitation; the previous link stops working at once. */
export async function renewInvitationLink(
  actor: Actor,
  id: string,
  origin: string,
): Promise<InvitationLinkResult> {
  const token = newLinkToken();
  const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
  const { email } = await relinkInvitation(actor, id, {
    tokenHash: hashLinkToken(token),
    expiresAt,
  });
  return {
    id,
    email,
    link: invitationLink(origin, token),
    expiresAt,
    emailOutcome: { status: "off" },
  };
}
