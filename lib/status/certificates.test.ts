import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { compile } from "@/lib/topology/compile";
import { igelExample, xenMobileExample } from "@/lib/topology/testing/examples";
import { buildTopologyStatus } from "./build";
import {
  certificateLevel,
  certificatesUsed,
  certificateWarnings,
  worstCertificate,
} from "./certificates";
import type { ApplianceSnapshot, LiveCertificate } from "./types";
import { watchSetFrom } from "./watch";

const cert = (name: string, daysToExpiry: number | null): LiveCertificate => ({
  name,
  daysToExpiry,
  expiresAt: daysToExpiry === null ? null : "2027-01-10T00:00:00.000Z",
});

describe("certificatesUsed", () => {
  it("names the certificate bound to the XenMobile MAM SSL vserver, once", () => {
    const doc = xenMobileExample();
    const used = certificatesUsed(compile(doc));
    expect(used).toEqual([
      {
        name: doc.mam.certificate,
        usedBy: [expect.stringMatching(/^SSL vserver .*mam.*/)],
      },
    ]);
  });

  it("finds none in an IGEL UMS topology (SSL stays on the UMS servers)", () => {
    expect(certificatesUsed(compile(igelExample()))).toEqual([]);
  });
});

describe("certificateLevel with the default thresholds 30 and 7", () => {
  const t = [30, 7];
  it.each([
    [null, "unknown", null],
    [-3, "expired", 0],
    [0, "expired", 0],
    [1, "critical", 7],
    [7, "critical", 7],
    [8, "warning", 30],
    [30, "warning", 30],
    [31, "ok", null],
  ] as const)("%s days → %s", (days, level, thresholdDays) => {
    expect(certificateLevel(days, t)).toEqual({ level, thresholdDays });
  });

  it("a single threshold warns, it is not critical", () => {
    expect(certificateLevel(10, [14])).toEqual({ level: "warning", thresholdDays: 14 });
  });

  it("orders thresholds itself (7,30 means the same as 30,7)", () => {
    expect(certificateLevel(5, [7, 30])).toEqual({ level: "critical", thresholdDays: 7 });
  });
});

describe("certificateWarnings", () => {
  const used = [
    { name: "a", usedBy: ["SSL vserver x"] },
    { name: "b", usedBy: ["SSL vserver y"] },
  ];

  it("is unknown and unread before the first certificate read", () => {
    const out = certificateWarnings({
      used,
      certificates: undefined,
      readAt: undefined,
      thresholds: [30, 7],
    });
    expect(out.map((c) => [c.level, c.missing, c.readAt])).toEqual([
      ["unknown", false, null],
      ["unknown", false, null],
    ]);
  });

  it("marks a certificate missing on the appliance and judges the one that is there", () => {
    const readAt = "2026-12-08T00:00:00.000Z";
    const out = certificateWarnings({
      used,
      certificates: { a: cert("a", 6) },
      readAt,
      thresholds: [30, 7],
    });
    expect(out[0]).toMatchObject({ name: "a", level: "critical", daysToExpiry: 6, readAt });
    expect(out[1]).toMatchObject({ name: "b", level: "unknown", missing: true, readAt });
  });

  it("worstCertificate picks the most urgent one at or below a threshold", () => {
    const out = certificateWarnings({
      used: [...used, { name: "c", usedBy: [] }],
      certificates: { a: cert("a", 20), b: cert("b", 3), c: cert("c", 100) },
      readAt: "2026-12-08T00:00:00.000Z",
      thresholds: [30, 7],
    });
    expect(worstCertificate(out)?.name).toBe("b");
    expect(worstCertificate(out.filter((c) => c.name === "c"))).toBeNull();
  });
});

describe("the status route's certificates", () => {
  it("come from the topology's watch set and the appliance snapshot", () => {
    const doc = xenMobileExample();
    const watch = watchSetFrom("t1", compile(doc));
    const snapshot: ApplianceSnapshot = {
      applianceId: "a1",
      vservers: {},
      members: {},
      haRole: "primary",
      configChanged: false,
      updatedAt: "2026-12-08T00:00:00.000Z",
      checkedAt: "2026-12-08T00:00:00.000Z",
      failure: null,
      consecutiveFailures: 0,
      intervalMs: 5000,
      certificates: { [doc.mam.certificate]: cert(doc.mam.certificate, 12) },
      certificatesReadAt: "2026-12-08T00:00:00.000Z",
    };
    const status = buildTopologyStatus(watch, snapshot, null, new Date(), [14, 3]);
    expect(status.certificates).toEqual([
      expect.objectContaining({ name: doc.mam.certificate, level: "warning", thresholdDays: 14 }),
    ]);
  });
});

describe("CERT_WARN_DAYS", () => {
  it("defaults to 30 and 7 days, largest first", () => {
    expect(parseEnv({}).CERT_WARN_DAYS).toEqual([30, 7]);
    expect(parseEnv({ CERT_WARN_DAYS: " 7, 60 ,14" }).CERT_WARN_DAYS).toEqual([60, 14, 7]);
  });

  it.each(["30,x", "0", "30,30", "5000", "1,2,3,4,5,6", "30,,7"])("refuses %j", (value) => {
    expect(() => parseEnv({ CERT_WARN_DAYS: value })).toThrow(EnvError);
    expect(() => parseEnv({ CERT_WARN_DAYS: value })).toThrow(/CERT_WARN_DAYS: /);
  });
});
