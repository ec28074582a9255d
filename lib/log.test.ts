import { describe, expect, it } from "vitest";
import { redactSecrets } from "@/lib/log";

describe("redactSecrets", () => {
  it("hides database passwords, NITRO tokens and password fields", () => {
    const line = redactSecrets(
      'url=postgresql://postgres:s3cr3t@127.0.0.1:5432/db cookie NITRO_AUTH_TOKEN=abc123; {"password":"hunter2"}',
    );
    expect(line).not.toContain("s3cr3t");
    expect(line).not.toContain("abc123");
    expect(line).not.toContain("hunter2");
    expect(line).toContain("postgresql://postgres:***@127.0.0.1");
  });
});
