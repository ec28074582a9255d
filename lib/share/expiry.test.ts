import { describe, expect, it } from "vitest";
import { expiresAtFrom, expiresInSchema } from "./expiry";
import { expiryChoices } from "./expiry-choices";
import { shareLinkState } from "./link-state";

describe("expiresInSchema", () => {
  it("accepts every choice the form offers", () => {
    expect(expiryChoices.map((c) => expiresInSchema.parse(c.value))).toEqual([
      60,
      1440,
      10080,
      43200,
      null,
    ]);
  });

  it("refuses anything below one hour or above 30 days, and anything not a number", () => {
    for (const value of ["59", "43201", 59, 44640, "", "1.5", "-60", "forever", true]) {
      expect(expiresInSchema.safeParse(value).success, String(value)).toBe(false);
    }
  });
});

describe("expiresAtFrom and shareLinkState", () => {
  const now = new Date("2026-03-01T12:00:00Z");

  it("counts minutes from now; never is null", () => {
    expect(expiresAtFrom(60, now)?.toISOString()).toBe("2026-03-01T13:00:00.000Z");
    expect(expiresAtFrom(null, now)).toBeNull();
  });

  it("is revoked before expired before active", () => {
    const past = new Date(now.getTime() - 1);
    const future = new Date(now.getTime() + 1);
    expect(shareLinkState({ revokedAt: past, expiresAt: past }, now)).toBe("revoked");
    expect(shareLinkState({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(shareLinkState({ revokedAt: null, expiresAt: future }, now)).toBe("active");
    expect(shareLinkState({ revokedAt: null, expiresAt: null }, now)).toBe("active");
  });
});
