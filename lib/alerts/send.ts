// Sends one notice to one channel, once: the worker (worker.ts) retries around it.
import { getSmtpSettings } from "@/lib/mail/smtp-settings";
import { sendMail } from "@/lib/mail/send-mail";
import { MailError } from "@/lib/mail/mail-failure";
import { openChannelSecret } from "./channel-secrets";
import { postJson, type PostResult } from "./http-post";
import type { Notice } from "./notice";
import { httpBody, mailBody, signBody, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./payloads";
import type { ChannelSecrets } from "./store/channels";
import { SecretDecryptionError } from "@/lib/crypto";

export async function sendToChannel(channel: ChannelSecrets, notice: Notice): Promise<PostResult> {
  try {
    if (channel.kind === "email") return await sendEmail(channel, notice);
    if (!channel.urlEncrypted)
      return { ok: false, httpStatus: null, error: "the channel has no URL" };
    const url = openChannelSecret(channel.id, "url", channel.urlEncrypted);
    const body = JSON.stringify(httpBody(channel.kind, notice));
    const headers: Record<string, string> = {};
    if (channel.kind === "webhook" && channel.hmacKeyEncrypted) {
      const key = openChannelSecret(channel.id, "hmac", channel.hmacKeyEncrypted);
      const timestamp = Math.floor(Date.now() / 1000);
      headers[TIMESTAMP_HEADER] = String(timestamp);
      headers[SIGNATURE_HEADER] = signBody(key, timestamp, body);
    }
    return await postJson(url, body, headers);
  } catch (error) {
    if (error instanceof SecretDecryptionError)
      return {
        ok: false,
        httpStatus: null,
        error:
          "the channel's stored URL or key cannot be decrypted (APP_SECRET changed): enter it again",
      };
    throw error;
  }
}

async function sendEmail(channel: ChannelSecrets, notice: Notice): Promise<PostResult> {
  const settings = getSmtpSettings();
  if (!settings) return { ok: false, httpStatus: null, error: "SMTP_URL is not set" };
  const to = channel.emailTo ?? "";
  if (!to) return { ok: false, httpStatus: null, error: "the channel has no recipient" };
  try {
    await sendMail(settings, { to, ...mailBody(notice) });
    return { ok: true, httpStatus: null, error: null };
  } catch (error) {
    if (error instanceof MailError) return { ok: false, httpStatus: null, error: error.message };
    throw error;
  }
}
