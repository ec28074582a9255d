// --appliance and the TLS flags → connection settings, refused before anything is contacted.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ApplianceArgs } from "./appliance-args";
import { applianceTarget } from "./connection";

const args = (url: string, tls: ApplianceArgs["tls"] = { mode: "verify" }): ApplianceArgs => ({
  url,
  user: "nsroot",
  passwordEnv: "NS_PASSWORD",
  tls,
});

describe("applianceTarget", () => {
  it("normalises the URL and keeps the partition apart", () => {
    const target = applianceTarget({ ...args("https://ns.example:8443/"), partition: "p1" });
    expect(target).toEqual({
      baseUrl: "https://ns.example:8443",
      username: "nsroot",
      partition: "p1",
      tls: { mode: "verify" },
      account: "nsroot@https://ns.example:8443 (partition p1)",
    });
    expect(applianceTarget({ ...args("https://ns"), partition: "default" }).partition).toBeNull();
  });

  it("normalises a pinned fingerprint and rejects a malformed one", () => {
    const colon = Array.from({ length: 32 }, () => "AB").join(":");
    const pinned = applianceTarget(args("https://ns", { mode: "fingerprint", sha256: colon }));
    expect(pinned.tls).toEqual({ mode: "fingerprint", sha256: "ab".repeat(32) });
    expect(() =>
      applianceTarget(args("https://ns", { mode: "fingerprint", sha256: "12" })),
    ).toThrow("--fingerprint: The TLS fingerprint must be a SHA-256 fingerprint");
  });

  it("reads a CA file, and refuses one that is missing or not PEM", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nsha-cli-ca-"));
    const pem = path.join(dir, "ca.pem");
    writeFileSync(pem, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    const notPem = path.join(dir, "ca.txt");
    writeFileSync(notPem, "hello");
    expect(applianceTarget(args("https://ns", { mode: "ca", caFile: pem })).tls.mode).toBe("ca");
    expect(() => applianceTarget(args("https://ns", { mode: "ca", caFile: notPem }))).toThrow(
      "not a PEM certificate",
    );
    const missing = path.join(dir, "none.pem");
    expect(() => applianceTarget(args("https://ns", { mode: "ca", caFile: missing }))).toThrow(
      "cannot be read (ENOENT)",
    );
  });

  it("allows http:// only with --insecure, and never credentials in the URL", () => {
    expect(() => applianceTarget(args("http://127.0.0.1:9080"))).toThrow("pass --insecure");
    const lab = applianceTarget(args("http://127.0.0.1:9080", { mode: "insecure" }));
    expect(lab.tls).toEqual({ mode: "insecure" });
    expect(() => applianceTarget(args("https://nsroot:pw@ns"))).toThrow("use --user");
    expect(() => applianceTarget(args("ftp://ns"))).toThrow("must start with https://");
    expect(() => applianceTarget(args("10.0.0.1"))).toThrow("is not a URL");
  });
});
