import { describe, expect, it } from "vitest";
import { describeMailFailure } from "@/lib/mail/mail-failure";
import type { SmtpSettings } from "@/lib/mail/smtp-settings";

const settings: SmtpSettings = {
  host: "mail.example.com",
  port: 587,
  secure: false,
  requireTLS: true,
  auth: { user: "alerts", pass: "p/ss@rd" },
  from: "NetScaler HA <alerts@example.com>",
};

describe("describeMailFailure", () => {
  it("removes the password, raw or URL-encoded, and credentials in any URL", () => {
    const reason = describeMailFailure(
      new Error(
        "Invalid login: 535 rejected p/ss@rd (p%2Fss%40rd) for smtp://alerts:p%2Fss%40rd@mail.example.com",
      ),
      settings,
    );
    expect(reason).not.toContain("p/ss@rd");
    expect(reason).not.toContain("p%2Fss%40rd");
    expect(reason).toContain("Invalid login: 535 rejected ***");
    expect(reason).toContain("smtp://alerts:***@mail.example.com");
  });

  it("keeps one short line", () => {
    const reason = describeMailFailure(
      new Error(`line one\nline two ${"x".repeat(500)}`),
      settings,
    );
    expect(reason).not.toContain("\n");
    expect(reason.length).toBeLessThanOrEqual(300);
    expect(describeMailFailure(new Error(""), settings)).toBe("the mail server gave no reason");
  });
});
