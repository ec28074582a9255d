import { describe, expect, it } from "vitest";
import type { ApplianceSnapshot, WatchSet } from "@/lib/status/types";
import { effectiveHoldMs, haSyncFacts, observe, type ObserveInput } from "./observe";

const watch: WatchSet = {
  topologyId: "t",
  vservers: [{ key: "lbvserver/vs", name: "vs", label: "VIP", groups: ["sg"] }],
  members: [],
};

function snapshot(extra: Partial<ApplianceSnapshot> = {}): ApplianceSnapshot {
  return {
    applianceId: "a",
    vservers: {
      vs: {
        name: "vs",
        ip: null,
        port: 443,
        type: "TCP",
        state: "UP",
        enabled: true,
        health: 40,
        active: 1,
        total: 2,
        since: null,
      },
    },
    members: {},
    haRole: "primary",
    configChanged: true,
    updatedAt: "2026-12-08T00:00:00.000Z",
    checkedAt: "2026-12-08T00:00:00.000Z",
    failure: null,
    consecutiveFailures: 0,
    intervalMs: 1000,
    ...extra,
  };
}

const base = (input: Partial<ObserveInput>): ObserveInput => ({
  kind: "vserver_down",
  threshold: null,
  watch,
  snapshot: snapshot(),
  drift: null,
  haSync: null,
  usedCertificates: null,
  ...input,
});

describe("observe", () => {
  it("judges health against the threshold", () => {
    expect(observe(base({ kind: "health_below", threshold: 50 }))?.[0]).toMatchObject({
      active: true,
      state: "health 40 %",
    });
    expect(observe(base({ kind: "health_below", threshold: 40 }))?.[0]?.active).toBe(false);
  });

  it("says nothing about objects while the appliance is unreachable, but fires the appliance rule", () => {
    const down = snapshot({ failure: { kind: "auth_failed", message: "Login refused" } });
    expect(observe(base({ snapshot: down }))).toBeNull();
    expect(observe(base({ kind: "appliance_unreachable", snapshot: down }))?.[0]).toMatchObject({
      active: true,
      state: "AUTH_FAILED",
      detail: "Login refused",
    });
  });

  it("holds unsaved configuration for the threshold in minutes", () => {
    expect(observe(base({ kind: "config_unsaved" }))?.[0]?.active).toBe(true);
    expect(effectiveHoldMs("config_unsaved", 10, 30)).toBe(30 * 60_000);
    expect(effectiveHoldMs("member_down", 10, null)).toBe(10_000);
  });

  it("judges only the certificates the topology uses", () => {
    const s = snapshot({
      certificates: {
        used: { name: "used", daysToExpiry: 5, expiresAt: null },
        other: { name: "other", daysToExpiry: 1, expiresAt: null },
      },
      certificatesReadAt: "2026-12-08T00:00:00.000Z",
    });
    const seen = observe(
      base({ kind: "certificate_expiring", threshold: 7, snapshot: s, usedCertificates: ["used"] }),
    );
    expect(seen?.map((o) => [o.objectKey, o.active])).toEqual([["sslcertkey/used", true]]);
  });

  it("reads drift and HA sync from their sources, and nothing without them", () => {
    expect(observe(base({ kind: "drift" }))).toBeNull();
    expect(
      observe(base({ kind: "drift", drift: { changes: 2, checkedAt: null } }))?.[0]?.active,
    ).toBe(true);
    const pair = snapshot({
      ha: {
        peerAddress: "10.0.0.2",
        primaryAddress: null,
        peerRole: "secondary",
        haStatus: "ENABLED",
        syncState: "ENABLED",
        syncFailureReason: "Peer unreachable",
      },
    });
    expect(haSyncFacts(pair)).toMatchObject({ failing: true, state: "FAILED: Peer unreachable" });
    expect(haSyncFacts(snapshot())).toBeNull();
    expect(observe(base({ kind: "ha_sync_failure", haSync: haSyncFacts(pair) }))?.[0]?.active).toBe(
      true,
    );
  });
});
