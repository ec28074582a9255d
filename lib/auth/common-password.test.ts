// The common-password check: the bundled top-10,000 list, and the dressed-up forms of its
// entries that a 12-character minimum would otherwise let through.
import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/auth/common-password";
import commonPasswords from "@/lib/auth/common-passwords.json";
import { newPasswordSchema } from "@/lib/auth/password-policy";

describe("common passwords", () => {
  it("bundles the 10,000-entry list, lower-case and without duplicates", () => {
    expect(commonPasswords.length).toBeGreaterThan(9_900);
    expect(new Set(commonPasswords).size).toBe(commonPasswords.length);
    expect(commonPasswords.every((entry) => entry === entry.toLowerCase())).toBe(true);
  });

  it.each([
    "password1234",
    "Password123456",
    "P@ssw0rd2024!",
    "!!Summer2024!!",
    "iloveyou2026!!",
    "monkey12345678",
    "dragondragon",
    "trustno1trustno1",
    "nsroot123456",
    "Netscaler2026!",
    "123456789012",
  ])("refuses %s", (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each(["Quiet-Lantern-Orbit-42", "Kx9$mQ2#vL7!", "correct horse battery", "ums-cluster-2026!"])(
    "accepts %s",
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
    },
  );

  it("gives the new-password field its own error for a common password", () => {
    const result = newPasswordSchema.safeParse("Password123456");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "This password is too common (or a common one with a few characters added); choose another.",
    ]);
  });
});
