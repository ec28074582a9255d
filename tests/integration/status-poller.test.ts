// Live status against the simulator over real HTTP and the real PostgreSQL: the request
// budget per interval, a loopback member going DOWN and back UP, failure as a state, history
// rows and the lease between two instances.
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getApplianceConnection } from "@/lib/appliances/store";
import { listTransitionsFor } from "@/lib/status/store";
import { createTarget, SIM_PASSWORD, type TestTarget } from "@/lib/apply/testing/harness";
import { getNitroClient, type NitroClient } from "@/lib/nitro";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { StatusRegistry } from "@/lib/status";
import { addLoopbackMember, seedVservers, targetOf } from "@/lib/status/testing/fixture";
import type { TopologyStatus, WatchSet } from "@/lib/status/types";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

async function until(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error("condition not met in time");
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
    const poller = r.pollerFor(target.applianceId);
    if (!poller) throw new Error("no poller");
    for (const viewers of [1, 50]) {
      await sleep(450); // let an in-flight poll finish before counting
      sim.control.resetCounters();
      const pollsBefore = poller.polls;
      const end = Date.now() + 2000;
      while (Date.now() < end) {
        await Promise.all(Array.from({ length: viewers }, () => status(r)));
        await sleep(100);
      }
      await sleep(450);
      const polls = poller.polls - pollsBefore;
      expect(polls).toBeGreaterThanOrEqual(3);
      expect(sim.control.counters().total).toBeLessThanOrEqual(3 * polls);
    }
  });

  it("shows a loopback member DOWN after its listener closes, then UP again, with history", async () => {
    const watch = await seedVservers(client, target.topologyId, "loop", 1);
    const listener = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const port = (listener.address() as net.AddressInfo).port;
    const key = await addLoopbackMember(client, watch, port);
    const r = registry(watch, "loop", 200);
    const stateOf = async () => (await status(r)).members.find((m) => m.key === key)?.state;
    await until(async () => (await stateOf()) === "UP");
    await new Promise<void>((resolve) => listener.close(() => resolve()));
    await until(async () => (await stateOf()) === "DOWN");
    await new Promise<void>((resolve) => listener.listen(port, "127.0.0.1", resolve));
    await until(async () => (await stateOf()) === "UP");
    listener.close();
    // The snapshot flips before the transition row is written: wait for the row, not the state.
    await until(async () => (await listTransitionsFor(target.applianceId, [key])).length >= 2);
    const rows = await listTransitionsFor(target.applianceId, [key]);
    expect(rows.map((t) => `${t.fromState}->${t.toState}`)).toEqual(["DOWN->UP", "UP->DOWN"]);
  });

  it("lets only the lease holder poll; the other instance serves its snapshot", async () => {
    const watch = await seedVservers(client, target.topologyId, "lease", 3);
    const a = registry(watch, "instance-a", 500);
    const b = registry(watch, "instance-b", 500);
    await status(a);
    await status(b);
    await sleep(1200);
    expect(a.pollerFor(target.applianceId)?.leader).toBe(true);
    expect(b.pollerFor(target.applianceId)?.leader).toBe(false);
    expect(b.pollerFor(target.applianceId)?.polls).toBe(0);
    const fromB = await status(b);
    expect(fromB.vservers.map((v) => v.state)).toEqual(["UP", "UP", "UP"]);
    expect(fromB.appliance?.stale).toBe(false);
    await a.stopAll(); // releases the lease: b takes over
    await until(async () => {
      await status(b);
      return b.pollerFor(target.applianceId)?.leader === true;
    });
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
    // The snapshot changes before its transition row is written: wait for the row itself.
    await until(
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
