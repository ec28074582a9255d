import { describe, expect, it } from "vitest";
import { invitationEmail } from "@/lib/mail/invitation-email";

describe("invitationEmail", () => {
  const message = invitationEmail({
    to: "new@example.com",
    inviterName: 'Eve <script>alert("x")</script>',
    workspaceName: "Ops &\nDev",
    roleLabel: "Editor",
    link: "https://nsha.example.com/invite/abc_DEF-123",
    expiresAt: new Date(Date.UTC(2026, 10, 29, 12, 0)),
  });

  it("carries the link and the expiry in both parts", () => {
    expect(message.to).toBe("new@example.com");
    expect(message.text).toContain("https://nsha.example.com/invite/abc_DEF-123");
    expect(message.html).toContain('href="https://nsha.example.com/invite/abc_DEF-123"');
    expect(message.text).toContain("29 Nov 2026, 12:00 UTC");
    expect(message.text).toContain("as editor");
  });

  it("escapes names in the HTML part and keeps the subject on one line", () => {
    expect(message.html).not.toContain("<script>");
    expect(message.html).toContain("Eve &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(message.html).toContain("Ops &amp;");
    expect(message.subject).toBe("Invitation to Ops & Dev in NetScaler HA");
  });
});
