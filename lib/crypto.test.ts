import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, SecretDecryptionError } from "@/lib/crypto";

const secret = "a".repeat(64);

describe("secrets at rest", () => {
  it("round-trips and never contains the clear text", () => {
    const stored = encryptSecret("nsroot-password", secret, "appliance:1");
    expect(stored).not.toContain("nsroot-password");
    expect(stored.startsWith("v1:")).toBe(true);
    expect(decryptSecret(stored, secret, "appliance:1")).toBe("nsroot-password");
  });

  it("uses a fresh IV every time", () => {
    expect(encryptSecret("x", secret, "a")).not.toBe(encryptSecret("x", secret, "a"));
  });

  it("refuses another app secret, another owner, or a tampered value", () => {
    const stored = encryptSecret("pw", secret, "appliance:1");
    expect(() => decryptSecret(stored, "b".repeat(64), "appliance:1")).toThrow(
      SecretDecryptionError,
    );
    expect(() => decryptSecret(stored, secret, "appliance:2")).toThrow(SecretDecryptionError);
    const tampered = `${stored.slice(0, -4)}AAAA`;
    expect(() => decryptSecret(tampered, secret, "appliance:1")).toThrow(SecretDecryptionError);
    expect(() => decryptSecret("garbage", secret, "appliance:1")).toThrow(SecretDecryptionError);
  });
});
