// Live status against the simulator over real HTTP and the real PostgreSQL: the request
// budget per interval, a loopback member going DOWN and back UP, failure as a state, history
// rows and the lease between two instances. Every wait is on the pollers' own tick events,
// never on a fixed sleep, so a loaded machine only makes the test slower, not flaky.
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getApplianceConnection } from "@/lib/appliances/store";
import { listTransitionsFor } from "@/lib/status/store";
import { createTarget, SIM_PASSWORD, type TestTarget } from "@/lib/apply/testing/harness";
import { getNitroClient, type NitroClient } from "@/lib/nitro";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { StatusRegistry } from "@/lib/status";
import { addLoopbackMember, seedVservers, targetOf } from "@/lib/status/testing/fixture";
import { untilTick } from "@/lib/status/testing/ticks";
import type { TopologyStatus, WatchSet } from "@/lib/status/types";

let sim: RunningSimulator;
let target: TestTarget;
let client: NitroClient;
const registries: StatusRegistry[] = [];

function registry(watch: WatchSet, instanceId: string, intervalMs = 300): StatusRegistry {
  const r = new StatusRegistry({
    instanceId,
    intervalMs,
    driftEveryMs: 0,
    loadTarget: async () => targetOf(target.applianceId, watch),
  });
  registries.push(r);
  return r;
}

async function status(r: StatusRegistry): Promise<TopologyStatus> {
  const result = await r.getTopologyStatus(target.workspaceId, target.topologyId);
  if (!result.ok) throw new Error("topology not found");
  return result.status;
}

beforeAll(async () => {
  sim = await startSimulator({ probeIntervalMs: 200, password: SIM_PASSWORD });
  target = await createTarget(sim, "status");
  client = getNitroClient(await getApplianceConnection(target.workspaceId, target.applianceId));
});

afterEach(async () => {
  await Promise.all(registries.splice(0).map((r) => r.stopAll()));
});

afterAll(async () => {
  await client.dispose();
  await sim.close();
});

describe("live status poller", () => {
  it("stays within 3 NITRO requests per interval for 1 and 50 viewers and 300 vservers", async () => {
    const watch = await seedVservers(client, target.topologyId, "big", 300);
    const r = registry(watch, "budget", 400);
    const first = await status(r);
    expect(first.vservers).toHaveLength(300);
    expect(first.vservers[0]).toMatchObject({ state: "UP", port: 443, type: "TCP" });
    for (const viewers of [1, 50]) {
      // A tick has just ended: its requests are counted before, the next poll's after.
      await r.nextTick((t) => t.leader);
      sim.control.resetCounters();
      let polls = 0;
      let viewing = true;
      const done = (async () => {
        while (polls < 4) {
          await r.nextTick((t) => t.leader);
          polls++;
        }
        viewing = false;
      })();
      while (viewing) {
        await Promise.all(Array.from({ length: viewers }, () => status(r)));
        // Paces the viewers like browsers do; nothing waits on it.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await done;
      expect(sim.control.counters().total).toBeLessThanOrEqual(3 * polls);
      expect(sim.control.counters().total).toBeGreaterThan(0);
    }
  }, 60_000);

  it("shows a loopback member DOWN after its listener closes, then UP again, with history", async () => {
    const watch = await seedVservers(client, target.topologyId, "loop", 1);
    const listener = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const port = (listener.address() as net.AddressInfo).port;
    const key = await addLoopbackMember(client, watch, port);
    const r = registry(watch, "loop", 200);
    const stateOf = async () => (await status(r)).members.find((m) => m.key === key)?.state;
    await untilTick(r, async () => (await stateOf()) === "UP");
    await new Promise<void>((resolve) => listener.close(() => resolve()));
    await untilTick(r, async () => (await stateOf()) === "DOWN");
    await new Promise<void>((resolve) => listener.listen(port, "127.0.0.1", resolve));
    await untilTick(r, async () => (await stateOf()) === "UP");
    listener.close();
    // A tick ends after its transition rows are written: the rows are there now.
    const rows = await listTransitionsFor(target.applianceId, [key]);
    expect(rows.map((t) => `${t.fromState}->${t.toState}`)).toEqual(["DOWN->UP", "UP->DOWN"]);
  });

  it("lets only the lease holder poll; the other instance serves its snapshot and takes over on release", async () => {
    const watch = await seedVservers(client, target.topologyId, "lease", 3);
    const a = registry(watch, "instance-a", 500);
    await status(a);
    await a.nextTick((t) => t.leader);
    const b = registry(watch, "instance-b", 500);
    await status(b);
    await b.nextTick((t) => !t.leader);
    await a.nextTick((t) => t.leader);
    expect(a.pollerFor(target.applianceId)?.leader).toBe(true);
    expect(b.pollerFor(target.applianceId)?.leader).toBe(false);
    expect(b.pollerFor(target.applianceId)?.polls).toBe(0);
    const fromB = await status(b);
    expect(fromB.vservers.map((v) => v.state)).toEqual(["UP", "UP", "UP"]);
    expect(fromB.appliance?.stale).toBe(false);
    const takeover = b.nextTick((t) => t.leader);
    await a.stopAll(); // releases the lease: b takes over at its next tick
    await takeover;
    expect(b.pollerFor(target.applianceId)?.polls).toBeGreaterThan(0);
  });
});

describe("an unreachable appliance", () => {
  it("keeps the last good data, marked stale, with a plain message", async () => {
    const own = await startSimulator({ probeIntervalMs: 60_000, password: SIM_PASSWORD });
    const t = await createTarget(own, "down");
    const c = getNitroClient(await getApplianceConnection(t.workspaceId, t.applianceId));
    const watch = await seedVservers(c, t.topologyId, "gone", 2);
    await c.dispose();
    const r = new StatusRegistry({
      instanceId: "unreachable",
      intervalMs: 200,
      driftEveryMs: 0,
      loadTarget: async () => targetOf(t.applianceId, watch),
    });
    registries.push(r);
    const get = async () => {
      const result = await r.getTopologyStatus(t.workspaceId, t.topologyId);
      if (!result.ok) throw new Error("not found");
      return result.status;
    };
    expect((await get()).appliance?.reachable).toBe(true);
    await own.close();
    // A tick ends after its transition rows are written.
    await untilTick(
      r,
      async () =>
        (await listTransitionsFor(t.applianceId, ["appliance"], { to: "UNREACHABLE" })).length > 0,
    );
    const s = await get();
    expect(s.appliance).toMatchObject({ reachable: false, stale: true });
    expect(s.appliance?.failure?.kind).toBe("unreachable");
    expect(s.appliance?.failure?.message).toMatch(/cannot be reached/);
    expect(s.vservers.map((v) => v.state)).toEqual(["UP", "UP"]);
    const rows = await listTransitionsFor(t.applianceId, ["appliance"]);
    expect(rows[0]).toMatchObject({ fromState: "REACHABLE", toState: "UNREACHABLE" });
  });
});
