import { describe, expect, it } from "vitest";
import { applianceInputSchema, canonicalFingerprint } from "@/lib/appliances/schema";

const base = {
  name: "adc1",
  baseUrl: "https://10.0.0.10/",
  username: "nsroot",
  password: "x",
  tlsMode: "VERIFY",
};

function errorsOf(input: Record<string, string>) {
  const result = applianceInputSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("applianceInputSchema", () => {
  it("normalises the base URL to its origin", () => {
    expect(applianceInputSchema.parse(base).baseUrl).toBe("https://10.0.0.10");
  });

  it("explains a missing scheme and a path", () => {
    expect(errorsOf({ ...base, baseUrl: "10.0.0.10" }).baseUrl).toMatch(/Start with https:\/\//);
    expect(errorsOf({ ...base, baseUrl: "https://10.0.0.10/nitro/v1" }).baseUrl).toMatch(
      /only scheme, host/,
    );
  });

  it("requires the PEM or fingerprint its TLS mode needs", () => {
    expect(errorsOf({ ...base, tlsMode: "CUSTOM_CA" }).caPem).toMatch(/PEM/);
    expect(
      errorsOf({ ...base, tlsMode: "FINGERPRINT", fingerprint256: "abc" }).fingerprint256,
    ).toMatch(/SHA-256/);
    const pinned = applianceInputSchema.parse({
      ...base,
      tlsMode: "FINGERPRINT",
      fingerprint256: "ab".repeat(32),
    });
    expect(pinned.fingerprint256).toBe(Array(32).fill("AB").join(":"));
  });

  it("refuses plain http unless verification is explicitly off", () => {
    expect(errorsOf({ ...base, baseUrl: "http://127.0.0.1:9080" }).tlsMode).toMatch(
      /no certificate/,
    );
    expect(
      applianceInputSchema.safeParse({
        ...base,
        baseUrl: "http://127.0.0.1:9080",
        tlsMode: "INSECURE",
      }).success,
    ).toBe(true);
  });

  it("treats the default partition as none", () => {
    expect(applianceInputSchema.parse({ ...base, partition: "default" }).partition).toBeNull();
    expect(applianceInputSchema.parse({ ...base, partition: "p_ums" }).partition).toBe("p_ums");
  });

  it("canonicalises fingerprints in any common notation", () => {
    const hex = "0123456789abcdef".repeat(4);
    expect(canonicalFingerprint(hex)).toBe(
      canonicalFingerprint(hex.toUpperCase().match(/../g)?.join(" ") ?? ""),
    );
    expect(canonicalFingerprint("12:34")).toBeNull();
  });
});
