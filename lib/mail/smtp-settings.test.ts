import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { smtpSettingsFrom } from "@/lib/mail/smtp-settings";

describe("SMTP_URL and SMTP_FROM", () => {
  it("are optional: no URL, no mail", () => {
    const env = parseEnv({ SMTP_URL: " ", SMTP_FROM: "" });
    expect(env.SMTP_URL).toBeUndefined();
    expect(smtpSettingsFrom(env)).toBeNull();
  });

  it("reads smtp:// as required STARTTLS on 587 and smtps:// as TLS on 465, decoding the login", () => {
    expect(
      smtpSettingsFrom(
        parseEnv({ SMTP_URL: "smtp://alerts%40example.com:p%2Fss%40rd@mail.example.com" }),
      ),
    ).toEqual({
      host: "mail.example.com",
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: "alerts@example.com", pass: "p/ss@rd" },
      from: "NetScaler HA <alerts@example.com>",
    });
    expect(
      smtpSettingsFrom(
        parseEnv({
          SMTP_URL: "smtps://relay.example.com:2465",
          SMTP_FROM: "Ops <ops@example.com>",
        }),
      ),
    ).toEqual({
      host: "relay.example.com",
      port: 2465,
      secure: true,
      requireTLS: false,
      auth: undefined,
      from: "Ops <ops@example.com>",
    });
  });

  it("lets smtp:// go without STARTTLS only when SMTP_INSECURE is true", () => {
    const url = "smtp://relay.example.com:25";
    expect(smtpSettingsFrom(parseEnv({ SMTP_URL: url }))?.requireTLS).toBe(true);
    expect(smtpSettingsFrom(parseEnv({ SMTP_URL: url, SMTP_INSECURE: "false" }))?.requireTLS).toBe(
      true,
    );
    expect(smtpSettingsFrom(parseEnv({ SMTP_URL: url, SMTP_INSECURE: "true" }))?.requireTLS).toBe(
      false,
    );
    expect(() => parseEnv({ SMTP_URL: url, SMTP_INSECURE: "yes" })).toThrow(/SMTP_INSECURE/);
  });

  it("falls back to an address at the mail host when the login is not an address", () => {
    const settings = smtpSettingsFrom(parseEnv({ SMTP_URL: "smtp://relay:secret@10.0.0.25:25" }));
    expect(settings?.from).toBe("NetScaler HA <netscaler-ha@10.0.0.25>");
  });

  it("rejects other schemes and bad senders without repeating the value", () => {
    let message = "";
    try {
      parseEnv({ SMTP_URL: "http://user:TopSecret99@mail.example.com", SMTP_FROM: "nobody" });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toContain("SMTP_URL: must be smtp://");
    expect(message).toContain("SMTP_FROM: must be an address");
    expect(message).not.toContain("TopSecret99");
  });
});
