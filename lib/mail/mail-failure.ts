// Why a message could not be sent, in words safe to show an owner and to log: the SMTP
// password (raw or URL-encoded) never survives, whatever the server or library put in the text.
import { redactSecrets } from "@/lib/log";
import type { SmtpSettings } from "@/lib/mail/smtp-settings";

export class MailError extends Error {}

const MAX_REASON_LENGTH = 300;

export function describeMailFailure(error: unknown, settings: SmtpSettings): string {
  const raw = error instanceof Error ? error.message : String(error);
  let reason = redactSecrets(raw).replace(/\s+/g, " ").trim();
  const pass = settings.auth?.pass;
  if (pass) {
    for (const form of new Set([pass, encodeURIComponent(pass)])) {
      reason = reason.split(form).join("***");
    }
  }
  // Any URL with credentials in it loses them too, whatever its scheme.
  reason = reason.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/\s@]*:)[^@\s]+@/gi, "$1***@");
  if (reason.length > MAX_REASON_LENGTH) reason = `${reason.slice(0, MAX_REASON_LENGTH - 1)}…`;
  return reason || "the mail server gave no reason";
}
