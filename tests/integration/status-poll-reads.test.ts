// What the live-status poller reads, through the real registry, poller, PostgreSQL and the
// simulator over HTTP: one HA story from the first poll of a restarted poller, the monitor's
// reason next to a DOWN member within 4 requests per interval, and certificates read once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getApplianceConnection } from "@/lib/appliances/store";
import { createTarget, SIM_PASSWORD, type TestTarget } from "@/lib/apply/testing/harness";
import { getNitroClient, type NitroClient } from "@/lib/nitro";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { StatusRegistry } from "@/lib/status";
import { loadSnapshot } from "@/lib/status/store";
import { seedVservers, targetOf } from "@/lib/status/testing/fixture";
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
  sim = await startSimulator({ probeIntervalMs: 60_000, password: SIM_PASSWORD });
  target = await createTarget(sim, "reads");
  client = getNitroClient(await getApplianceConnection(target.workspaceId, target.applianceId));
});

afterEach(async () => {
  await Promise.all(registries.splice(0).map((r) => r.stopAll()));
  sim.control.setFaults({ haPair: false });
});

afterAll(async () => {
  await client.dispose();
  await sim.close();
});

describe("HA role on the status page", () => {
  it("reads hanode, and a restarted poller shows the stored role from its first poll", async () => {
    sim.control.setFaults({ haPair: true });
    const watch = await seedVservers(client, target.topologyId, "ha", 1);
    const first = registry(watch, "ha-first");
    const opened = await status(first);
    // A never-watched appliance: the poll that logs in has no room for the HA read.
    expect(["pending", "primary"]).toContain(opened.appliance?.haRole);
    await untilTick(first, async () => (await status(first)).appliance?.haRole === "primary");
    expect((await loadSnapshot(target.applianceId))?.ha?.peerRole).toBe("secondary");
    await first.stopAll();

    // Another process (or a restart): its first poll logs in again, and still says primary.
    sim.control.resetCounters();
    const restarted = registry(watch, "ha-restarted");
    const again = await status(restarted);
    expect(again.appliance?.reachable).toBe(true);
    expect(again.appliance?.haRole).toBe("primary");
    expect(sim.control.counters()["GET stat/ns"]).toBeUndefined();
  });
});

describe("a DOWN member", () => {
  it("shows its monitor's last response, within 4 requests per interval", async () => {
    const watch = await seedVservers(client, target.topologyId, "down", 2);
    const member = watch.members[1]!;
    const r = registry(watch, "down");
    await status(r);
    sim.control.setMemberState({
      servicegroupname: member.serviceGroup,
      servername: member.server,
      state: "DOWN",
    });
    const reasonOf = async () => (await status(r)).members.find((m) => m.key === member.key);
    await untilTick(r, async () => (await reasonOf())?.reason !== null);
    expect(await reasonOf()).toMatchObject({
      state: "DOWN",
      reason: "tcp-default DOWN: Failure - Time out during TCP connection establishment stage",
    });
    expect((await status(r)).members.find((m) => m.key === watch.members[0]!.key)?.reason).toBe(
      null,
    );

    // A tick has just ended: its requests are counted before, the next polls' after.
    await r.nextTick((t) => t.leader);
    sim.control.resetCounters();
    for (let polls = 0; polls < 4; polls++) await r.nextTick((t) => t.leader);
    const counters = sim.control.counters();
    expect(counters.total).toBeLessThanOrEqual(4 * 4);
    expect(counters["GET config/servicegroup_servicegroupentitymonbindings_binding"]).toBe(4);

    sim.control.setMemberState({ servicegroupname: member.serviceGroup, state: null });
    await untilTick(r, async () => (await reasonOf())?.state === "UP");
    expect((await reasonOf())?.reason).toBeNull();
    await r.nextTick((t) => t.leader);
    sim.control.resetCounters();
    for (let polls = 0; polls < 4; polls++) await r.nextTick((t) => t.leader);
    expect(sim.control.counters().total).toBeLessThanOrEqual(3 * 4);
    expect(
      sim.control.counters()["GET config/servicegroup_servicegroupentitymonbindings_binding"],
    ).toBeUndefined();
  });
});

describe("certificates", () => {
  it("are read once into the snapshot, not on every poll", async () => {
    const watch = await seedVservers(client, target.topologyId, "certs", 1);
    const r = registry(watch, "certs");
    await status(r);
    await untilTick(r, async () =>
      Boolean((await loadSnapshot(target.applianceId))?.certificatesReadAt),
    );
    const snapshot = await loadSnapshot(target.applianceId);
    expect(snapshot?.certificates?.["xms-cert"]?.daysToExpiry).toBeGreaterThan(300);
    sim.control.resetCounters();
    for (let polls = 0; polls < 4; polls++) await r.nextTick((t) => t.leader);
    expect(sim.control.counters()["GET config/sslcertkey"]).toBeUndefined();
  });
});
