// How to reach the SMTP server, read from SMTP_URL / SMTP_FROM. Null when mail is not set up:
// invitations then work by link only.
import { getEnv, type Env } from "@/lib/env";

export interface SmtpSettings {
  host: string;
  port: number;
  /** smtps://: TLS from the first byte. smtp://: plain, upgraded by STARTTLS. */
  secure: boolean;
  /** smtp:// refuses to send when the server offers no STARTTLS, unless SMTP_INSECURE=true. */
  requireTLS: boolean;
  auth?: { user: string; pass: string };
  from: string;
}

export function smtpSettingsFrom(
  env: Pick<Env, "SMTP_URL" | "SMTP_FROM" | "SMTP_INSECURE">,
): SmtpSettings | null {
  if (!env.SMTP_URL) return null;
  const url = new URL(env.SMTP_URL);
  const secure = url.protocol.toLowerCase() === "smtps:";
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  return {
    host,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    // An invitation link signs its holder up: it must not cross the network in clear text.
    requireTLS: !secure && !env.SMTP_INSECURE,
    auth: user ? { user, pass } : undefined,
    from: env.SMTP_FROM ?? defaultSender(user, host),
  };
}

/** Without SMTP_FROM: the login when it is an address (most relays insist on it), else the host. */
function defaultSender(user: string, host: string): string {
  const address = user.includes("@") ? user : `netscaler-ha@${host}`;
  return `NetScaler HA <${address}>`;
}

export function getSmtpSettings(): SmtpSettings | null {
  return smtpSettingsFrom(getEnv());
}
