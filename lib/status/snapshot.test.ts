import { describe, expect, it } from "vitest";
import { buildTopologyStatus } from "./build";
import { applyFailure, applyRead, emptySnapshot } from "./snapshot";
import type { WatchSet } from "./types";

const watch: WatchSet = {
  topologyId: "t",
  vservers: [{ key: "lbvserver/vs", name: "vs", label: "vs", groups: ["sg"] }],
  members: [
    {
      key: "servicegroup_servicegroupmember_binding/sg/s1/80",
      label: "m",
      serviceGroup: "sg",
      server: "s1",
      port: 80,
      vservers: ["vs"],
    },
  ],
};

function read(state: string) {
  return {
    vservers: {
      vs: {
        name: "vs",
        ip: "10.0.0.1",
        port: 80,
        type: "HTTP",
        state,
        enabled: true,
        health: 100,
        active: 1,
        total: 1,
        since: null,
      },
    },
    members: {},
  };
}

describe("status snapshot", () => {
  it("records a transition only on change and keeps when it began", () => {
    const t0 = new Date("2026-01-01T00:00:00Z");
    const t1 = new Date("2026-01-01T00:00:05Z");
    const first = applyRead(emptySnapshot("a", 5000), read("UP"), t0);
    expect(first.transitions.map((t) => t.objectKey)).toEqual(["appliance"]);
    const second = applyRead(first.snapshot, read("DOWN"), t1);
    expect(second.transitions).toEqual([
      {
        objectKey: "lbvserver/vs",
        label: "LB vserver vs",
        fromState: "UP",
        toState: "DOWN",
        at: t1,
      },
    ]);
    expect(second.snapshot.vservers.vs?.since).toBe(t1.toISOString());
  });

  it("keeps the last good data on failure and marks it stale; missing members show MISSING", () => {
    const t0 = new Date("2026-01-01T00:00:00Z");
    const good = applyRead(emptySnapshot("a", 5000), read("UP"), t0).snapshot;
    const failed = applyFailure(good, { kind: "timeout", message: "slow" }, t0);
    const status = buildTopologyStatus(watch, failed.snapshot, null, t0);
    expect(status.appliance).toMatchObject({ reachable: false, stale: true, retryAfterMs: 10_000 });
    expect(status.vservers[0]).toMatchObject({ state: "UP", health: 100 });
    expect(status.members[0]?.state).toBe("MISSING");
    expect(failed.transitions[0]).toMatchObject({ fromState: "REACHABLE", toState: "TIMEOUT" });
  });

  it("goes stale after three intervals without a good poll", () => {
    const t0 = new Date("2026-01-01T00:00:00Z");
    const good = applyRead(emptySnapshot("a", 5000), read("UP"), t0).snapshot;
    const later = new Date(t0.getTime() + 15_001);
    expect(buildTopologyStatus(watch, good, null, later).appliance?.stale).toBe(true);
    expect(buildTopologyStatus(watch, good, null, t0).appliance?.stale).toBe(false);
  });
});
