// Folding the rotating reads into the snapshot: the HA reading (and its seed from the stored
// snapshot), certificates, and a DOWN member's monitor as the reason shown next to it.
import { describe, expect, it } from "vitest";
import { buildTopologyStatus, monitorReason } from "./build";
import type { ApplianceRead } from "./read-appliance";
import { applyFailure, applyRead, emptySnapshot, seedSnapshot } from "./snapshot";
import type { LiveMember, WatchSet } from "./types";

const KEY = "servicegroup_servicegroupmember_binding/sg/s1/443";
const watch: WatchSet = {
  topologyId: "t",
  vservers: [],
  members: [
    { key: KEY, label: "m", serviceGroup: "sg", server: "s1", port: 443, vservers: ["vs"] },
  ],
};
const t0 = new Date("2026-12-08T10:00:00Z");
const t1 = new Date("2026-12-08T10:00:05Z");

function member(state: string, monitor: LiveMember["monitor"] = null): LiveMember {
  return {
    serviceGroup: "sg",
    server: "s1",
    ip: "10.0.0.1",
    port: 443,
    state,
    enabled: true,
    customServerId: null,
    since: null,
    monitor,
  };
}

const read = (extra: Partial<ApplianceRead> = {}): ApplianceRead => ({
  vservers: {},
  members: { [KEY]: member("UP") },
  ...extra,
});

describe("HA reading in the snapshot", () => {
  it("is pending until the first HA read, then keeps the role between HA reads", () => {
    const first = applyRead(emptySnapshot("a", 5000), read(), t0).snapshot;
    expect(buildTopologyStatus(watch, first, null, t0).appliance?.haRole).toBe("pending");
    const ha = applyRead(
      first,
      read({ ha: { role: "primary", peerAddress: "10.0.0.12", peerRole: "secondary" } }),
      t0,
    ).snapshot;
    expect(ha).toMatchObject({ haRole: "primary", haReadAt: t0.toISOString() });
    expect(ha.ha).toMatchObject({ peerAddress: "10.0.0.12", peerRole: "secondary" });
    const next = applyRead(ha, read({ configChanged: false }), t1).snapshot;
    expect(next).toMatchObject({ haRole: "primary", haReadAt: t0.toISOString() });
  });

  it("says unknown, not pending, when the appliance has not answered", () => {
    const failed = applyFailure(
      emptySnapshot("a", 5000),
      { kind: "unreachable", message: "x" },
      t0,
    );
    expect(buildTopologyStatus(watch, failed.snapshot, null, t0).appliance?.haRole).toBe("unknown");
  });

  it("starts a new poller from the stored HA reading and certificates", () => {
    const stored = applyRead(
      emptySnapshot("a", 5000),
      read({
        ha: { role: "standalone" },
        certificates: { ck: { name: "ck", daysToExpiry: 20, expiresAt: null } },
      }),
      t0,
    ).snapshot;
    const seeded = seedSnapshot(emptySnapshot("a", 5000), stored);
    expect(seeded).toMatchObject({
      haRole: "standalone",
      haReadAt: t0.toISOString(),
      certificatesReadAt: t0.toISOString(),
      updatedAt: null,
    });
    expect(seeded.certificates?.ck?.daysToExpiry).toBe(20);
    // A snapshot stored before hanode was the source (stat/ns said "primary" for a standalone box).
    const legacy = { ...emptySnapshot("a", 5000), haRole: "primary", haReadAt: undefined };
    expect(seedSnapshot(emptySnapshot("a", 5000), legacy).haRole).toBe("pending");
    expect(seedSnapshot(emptySnapshot("a", 5000), null).haRole).toBe("pending");
    expect(seedSnapshot(emptySnapshot("a", 5000), { ...stored, applianceId: "b" }).haRole).toBe(
      "pending",
    );
  });
});

describe("certificates in the snapshot", () => {
  it("replaces them on a certificate read and keeps them (and their time) otherwise", () => {
    const certs = { ck: { name: "ck", daysToExpiry: 12, expiresAt: "2026-12-20T10:00:00.000Z" } };
    const a = applyRead(emptySnapshot("a", 5000), read({ certificates: certs }), t0).snapshot;
    expect(a.certificates).toEqual(certs);
    expect(a.certificatesReadAt).toBe(t0.toISOString());
    const b = applyRead(a, read(), t1).snapshot;
    expect(b.certificates).toEqual(certs);
    expect(b.certificatesReadAt).toBe(t0.toISOString());
  });
});

describe("why a member is DOWN", () => {
  it("shows the monitor's state and last response next to a DOWN member only", () => {
    const monitor = {
      name: "tcp-default",
      state: "DOWN",
      lastResponse: "Failure - TCP syn sent, reset received.",
    };
    const down = applyRead(
      emptySnapshot("a", 5000),
      { vservers: {}, members: { [KEY]: member("DOWN", monitor) } },
      t0,
    ).snapshot;
    expect(buildTopologyStatus(watch, down, null, t0).members[0]?.reason).toBe(
      "tcp-default DOWN: Failure - TCP syn sent, reset received.",
    );
    const up = applyRead(down, read(), t1).snapshot;
    expect(buildTopologyStatus(watch, up, null, t1).members[0]?.reason).toBeNull();
  });

  it("names the monitor even without a last response, and nothing without a reading", () => {
    expect(monitorReason({ name: "https", state: "DOWN", lastResponse: null })).toBe("https DOWN");
    expect(monitorReason(null)).toBeNull();
    expect(monitorReason(undefined)).toBeNull();
  });
});
