// The invitation email: plain text first (many admins read mail as text), and a simple HTML
// part with the same words. Names come from users, so the HTML part escapes them.
import type { MailMessage } from "@/lib/mail/send-mail";
import { formatDateTime } from "@/lib/format";

export interface InvitationEmailInput {
  to: string;
  inviterName: string;
  workspaceName: string;
  roleLabel: string;
  link: string;
  expiresAt: Date;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export function invitationEmail(input: InvitationEmailInput): MailMessage {
  const expires = formatDateTime(input.expiresAt);
  const intro = `${input.inviterName} invited you to the workspace "${input.workspaceName}" in NetScaler HA as ${input.roleLabel.toLowerCase()}.`;
  const text = [
    intro,
    "",
    "Open this link to join (it works once):",
    input.link,
    "",
    `The link expires on ${expires}. If you did not expect this invitation, ignore this email.`,
  ].join("\n");
  const html = [
    "<!doctype html>",
    '<html><body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">Join ${escapeHtml(input.workspaceName)}</a></p>`,
    `<p>Or paste this address into your browser:<br>${escapeHtml(input.link)}</p>`,
    `<p style="color: #555">The link works once and expires on ${escapeHtml(expires)}. If you did not expect this invitation, ignore this email.</p>`,
    "</body></html>",
  ].join("\n");
  return {
    to: input.to,
    // One line, whatever the workspace name holds.
    subject: `Invitation to ${input.workspaceName} in NetScaler HA`.replace(/\s+/g, " "),
    text,
    html,
  };
}
