// The always-on watcher against the simulator over real HTTP and the real PostgreSQL: an
// applied topology's appliance is polled with nobody looking, its changes are recorded under
// the topology, drift is checked on schedule and on request and stored, a holder killed
// without releasing its lease is replaced within two intervals, and a topology no longer
// applied is dropped. Every wait is on an event (tick, refresh, stored drift check).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { applyTopology } from "@/lib/apply";
import { igelDocument } from "@/lib/apply/testing/documents";
import { SIM_PASSWORD, type TestTarget } from "@/lib/apply/testing/harness";
import { getApplianceConnection } from "@/lib/appliances/store";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getNitroClient } from "@/lib/nitro";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { StatusRegistry, StatusWatcher } from "@/lib/status";
import { dueDriftChecks, loadDriftCheck, requestDriftCheck } from "@/lib/status/drift-store";
import { listLiveSummaries } from "@/lib/status/list-summary";
import { untilTick } from "@/lib/status/testing/ticks";
import { listAppliedTopologies } from "@/lib/status/watched-store";
import { addTopology } from "@/lib/apply/testing/harness";
import { compile } from "@/lib/topology";
import { reviewableTarget } from "../support/review-page-runs";

const DOCUMENT = igelDocument({ servers: 2 });
const VSERVER = String(
  compile(DOCUMENT).objects.find((o) => o.resource === "lbvserver")?.identity.name,
);

let sim: RunningSimulator;
let target: TestTarget;
let notApplied: string;
const watchers: StatusWatcher[] = [];

/** A watcher on its own registry (an app instance), seeing only this file's workspace. */
function watcher(instanceId: string, intervalMs = 300): StatusWatcher {
  const registry = new StatusRegistry({ instanceId, intervalMs, driftEveryMs: 15 * 60_000 });
  const w = new StatusWatcher(registry, {
    listApplied: async () =>
      (await listAppliedTopologies()).filter((t) => t.workspaceId === target.workspaceId),
  });
  watchers.push(w);
  return w;
}

async function nitro<T>(act: (client: ReturnType<typeof getNitroClient>) => Promise<T>) {
  const client = getNitroClient(
    await getApplianceConnection(target.workspaceId, target.applianceId),
  );
  try {
    return await act(client);
  } finally {
    await client.dispose();
  }
}

const isLeaderHere = (t: { applianceId: string; leader: boolean }) =>
  t.applianceId === target.applianceId && t.leader;

beforeAll(async () => {
  sim = await startSimulator({ probeIntervalMs: 60_000, password: SIM_PASSWORD });
  target = await reviewableTarget(sim, "watched", DOCUMENT);
  const run = await applyTopology({ ...target, desired: compile(DOCUMENT) });
  expect(run.status).toBe("SUCCEEDED");
  // Same workspace and appliance, never applied: on-demand only.
  notApplied = await addTopology(target, "not applied");
});

afterEach(async () => {
  await Promise.all(watchers.splice(0).map((w) => w.stop()));
});

afterAll(async () => {
  await sim.close();
});

describe("the always-on watcher", () => {
  it("polls an applied topology's appliance with nobody looking and records changes under it", async () => {
    const w = watcher("watch-a");
    const found = w.nextRefresh();
    const polled = w.registry.nextTick(isLeaderHere);
    w.start();
    expect((await found).map((t) => t.id)).toEqual([target.topologyId]);
    expect(w.applied.map((t) => t.id)).not.toContain(notApplied);
    await polled;
    expect(w.registry.pollerFor(target.applianceId)?.isPinned).toBe(true);

    await nitro((c) => c.action("lbvserver", "disable", { name: VSERVER }));
    const db = getDb();
    const rows = () =>
      db.statusTransition.findMany({
        where: { applianceId: target.applianceId, objectKey: `lbvserver/${VSERVER}` },
      });
    await untilTick(w.registry, async () => (await rows()).length > 0);
    expect(await rows()).toEqual([
      expect.objectContaining({
        topologyId: target.topologyId,
        fromState: "UP",
        toState: "OUT OF SERVICE",
      }),
    ]);
    await nitro((c) => c.action("lbvserver", "enable", { name: VSERVER }));
    await untilTick(w.registry, async () => (await rows()).length > 1);
  });

  it("summarises each listed topology from stored state, with no appliance request", async () => {
    const w = watcher("watch-list");
    const polled = w.registry.nextTick(isLeaderHere);
    w.start();
    await polled;
    await w.abandon(); // nothing polls from here on: the summary is the stored snapshot's
    sim.control.resetCounters();
    const summaries = await listLiveSummaries(target.workspaceId, [target.topologyId, notApplied]);
    expect(sim.control.counters().total).toBe(0);
    expect([...summaries.keys()]).toEqual([target.topologyId]);
    const summary = summaries.get(target.topologyId);
    expect(summary).toMatchObject({ watched: true, reachable: true, membersDown: 0 });
    expect(summary?.vserversTotal).toBeGreaterThan(0);
    expect(summary?.vserversUp).toBe(summary?.vserversTotal);
  });

  it("stores drift when due and when asked, with what differs and the plan's hash", async () => {
    const w = watcher("watch-drift");
    const polled = w.registry.nextTick(isLeaderHere);
    const scheduledCheck = w.registry.nextDriftCheck(target.topologyId);
    w.start();
    await polled;
    // Scheduled: the first check runs after the first poll (here or in an earlier test), due
    // again in 15 minutes; a request runs one now.
    if (!(await loadDriftCheck(target.topologyId))?.checkedAt) await scheduledCheck;
    expect((await loadDriftCheck(target.topologyId))?.checkedAt).toBeInstanceOf(Date);
    const first = w.registry.nextDriftCheck(target.topologyId);
    await w.registry.getTopologyStatus(target.workspaceId, target.topologyId, {
      refreshDrift: true,
    });
    await first;
    const clean = await loadDriftCheck(target.topologyId);
    expect(clean).toMatchObject({ applianceId: target.applianceId, changes: 0, error: null });
    expect(clean?.differences).toEqual([]);
    expect(clean?.planHash).toMatch(/\w+/);

    await nitro((c) => c.update("lbvserver", { name: VSERVER, timeout: 42 }));
    const asked = w.registry.nextDriftCheck(target.topologyId);
    const result = await w.registry.getTopologyStatus(target.workspaceId, target.topologyId, {
      refreshDrift: true,
    });
    expect(result.ok).toBe(true);
    await asked;
    const drifted = await loadDriftCheck(target.topologyId);
    expect(drifted?.changes).toBeGreaterThan(0);
    expect(drifted?.planHash).not.toBe(clean?.planHash);
    expect(drifted?.differences).toContainEqual(
      expect.objectContaining({ action: "update", resource: "lbvserver", attributes: ["timeout"] }),
    );
    expect(JSON.stringify(drifted?.differences)).not.toContain("42");

    const status = await w.registry.getTopologyStatus(target.workspaceId, target.topologyId);
    if (!status.ok) throw new Error("not found");
    expect(status.status.drift).toMatchObject({
      changes: drifted?.changes,
      planUrl: `/topologies/${target.topologyId}/review`,
    });
    const checkedAt = Date.parse(status.status.drift?.checkedAt ?? "");
    expect(status.status.watching).toMatchObject({ watched: true, intervalMs: 300 });
    expect(Date.parse(status.status.watching?.nextDriftCheckAt ?? "")).toBe(
      checkedAt + 15 * 60_000,
    );
    await nitro((c) => c.update("lbvserver", { name: VSERVER, timeout: 180 }));
  });

  it("replaces a holder killed without releasing its lease within two intervals, nobody looking", async () => {
    const interval = 1000;
    const a = watcher("killed", interval);
    const aPolls = a.registry.nextTick(isLeaderHere);
    a.start();
    await aPolls;
    const b = watcher("survivor", interval);
    const bFollows = b.registry.nextTick((t) => t.applianceId === target.applianceId);
    b.start();
    expect((await bFollows).leader).toBe(false);

    const takeover = b.registry.nextTick(isLeaderHere);
    const killedAt = Date.now();
    await a.abandon();
    const lease = await getDb().pollerLease.findUnique({
      where: { applianceId: target.applianceId },
    });
    expect(lease?.holder).toBe("killed"); // not released: it has to expire
    await takeover;
    const takeoverMs = Date.now() - killedAt;
    expect(takeoverMs).toBeLessThanOrEqual(2 * interval);
    expect(b.registry.pollerFor(target.applianceId)?.polls).toBeGreaterThan(0);
  });

  it("drops a topology that is no longer applied and picks it up again at the next refresh", async () => {
    const w = watcher("watch-drop");
    const first = w.nextRefresh();
    w.start();
    await first;
    const poller = w.registry.pollerFor(target.applianceId);
    expect(poller?.isPinned).toBe(true);

    const db = getDb();
    const owned = await db.appliedObject.findMany({ where: { topologyId: target.topologyId } });
    await db.appliedObject.deleteMany({ where: { topologyId: target.topologyId } });
    expect(await w.nextRefresh()).toEqual([]);
    expect(poller?.isPinned).toBe(false);

    await db.appliedObject.createMany({
      data: owned.map(({ deviceKey: _, attributes, identity, ...row }) => ({
        ...row,
        attributes: attributes as Prisma.InputJsonValue,
        identity: identity as Prisma.InputJsonValue,
      })),
    });
    const again = await w.nextRefresh();
    expect(again.map((t) => t.id)).toEqual([target.topologyId]);
    expect(w.registry.pollerFor(target.applianceId)?.isPinned).toBe(true);
  });
});

describe("when a drift check is due", () => {
  it("waits for a running apply, and checks again once an apply ended after the last check", async () => {
    const db = getDb();
    const id = target.topologyId;
    const checkedAt = new Date();
    await db.driftCheck.upsert({
      where: { topologyId: id },
      create: { topologyId: id, applianceId: target.applianceId, checkedAt, changes: 0 },
      update: { applianceId: target.applianceId, checkedAt, changes: 0, requestedAt: null },
    });
    const due = () => dueDriftChecks(target.applianceId, [id], 15 * 60_000);
    expect(await due()).toEqual(new Set());

    const run = await db.applyRun.create({
      data: {
        workspaceId: target.workspaceId,
        topologyId: id,
        applianceId: target.applianceId,
        options: {},
        status: "RUNNING",
      },
    });
    await requestDriftCheck(id, target.applianceId);
    expect(await due()).toEqual(new Set()); // half-way through an apply: not now

    await db.applyRun.update({
      where: { id: run.id },
      data: { status: "SUCCEEDED", finishedAt: new Date(Date.now() + 1000) },
    });
    await db.driftCheck.update({ where: { topologyId: id }, data: { requestedAt: null } });
    expect(await due()).toEqual(new Set([id])); // the apply ended after the last check
  });
});
