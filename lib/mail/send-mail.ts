// One message through the configured SMTP server. Failures become a MailError whose message
// is safe to show and log (see mail-failure.ts).
import { createTransport } from "nodemailer";
import { describeMailFailure, MailError } from "@/lib/mail/mail-failure";
import type { SmtpSettings } from "@/lib/mail/smtp-settings";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

// An owner waits for the send in the invite form: a dead server must fail within seconds.
const CONNECTION_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 20_000;

export async function sendMail(settings: SmtpSettings, message: MailMessage): Promise<void> {
  const transport = createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTLS,
    auth: settings.auth,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    // The library's own logging could print the AUTH exchange: keep it off.
    logger: false,
    debug: false,
  });
  try {
    await transport.sendMail({ from: settings.from, ...message });
  } catch (error) {
    throw new MailError(describeMailFailure(error, settings));
  } finally {
    transport.close();
  }
}
