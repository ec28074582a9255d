// smtp:// against a real SMTP server on loopback that offers no STARTTLS: the message must
// not go out in clear text unless SMTP_INSECURE says so.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { MailError } from "@/lib/mail/mail-failure";
import { sendMail } from "@/lib/mail/send-mail";
import { smtpSettingsFrom, type SmtpSettings } from "@/lib/mail/smtp-settings";
import {
  startLoopbackSmtpServer,
  type LoopbackSmtpServer,
} from "@/lib/mail/testing/loopback-smtp-server";

let smtp: LoopbackSmtpServer;

beforeAll(async () => {
  smtp = await startLoopbackSmtpServer();
});

afterAll(() => smtp.close());

beforeEach(() => {
  smtp.received.length = 0;
});

function settings(insecure: string | undefined): SmtpSettings {
  const env = parseEnv({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    SMTP_FROM: "nsha@example.test",
    SMTP_INSECURE: insecure,
  });
  const result = smtpSettingsFrom(env);
  if (!result) throw new Error("SMTP_URL was not read");
  return result;
}

const message = {
  to: "new-member@example.test",
  subject: "Invitation",
  text: "https://nsha.example.test/invite/secret-token",
  html: "<p>https://nsha.example.test/invite/secret-token</p>",
};

describe("sendMail over smtp:// to a server without STARTTLS", () => {
  it("refuses to send the invitation in clear text by default", async () => {
    const sending = sendMail(settings(undefined), message);
    await expect(sending).rejects.toBeInstanceOf(MailError);
    await expect(sending).rejects.toThrow(/STARTTLS/);
    expect(smtp.received).toHaveLength(0);
  });

  it("sends in clear text when SMTP_INSECURE=true", async () => {
    await sendMail(settings("true"), message);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.raw).toContain("secret-token");
  });
});
