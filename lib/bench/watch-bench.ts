// Measures the always-on watcher (`npm run bench:watch`): N simulated appliances (in this
// process, each its own simulator on loopback) with an applied IGEL topology each, watched with
// nobody looking by one instance, then by two instances sharing the leases, one of which is
// killed (stopped without releasing its leases). Waits on the registries' tick events.
import { applyTopology } from "@/lib/apply";
import { igelDocument } from "@/lib/apply/testing/documents";
import { createTarget, SIM_PASSWORD, type TestTarget } from "@/lib/apply/testing/harness";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { StatusRegistry, StatusWatcher } from "@/lib/status";
import type { PollerTick } from "@/lib/status/poller";
import { listAppliedTopologies } from "@/lib/status/watched-store";
import { setTopologyAppliance, saveTopologyDocument } from "@/lib/topologies/documents";
import { compile } from "@/lib/topology";

export interface WatchBenchRow {
  appliances: number;
  intervalMs: number;
  polls: number;
  /** The most NITRO requests one appliance received between two of its polls' ends. */
  maxRequestsPerInterval: number;
  /** Share of polls started within 10 % of the interval after they were due. */
  adherencePct: number;
  /** Process CPU (watcher and the in-process simulators together) per appliance-hour. */
  cpuSecondsPerApplianceHour: number;
  rssMb: number;
  /** Kill of the holder → the start of the other instance's first poll, slowest appliance. */
  takeoverMs: number;
}

interface Lab {
  sims: RunningSimulator[];
  targets: TestTarget[];
}

async function appliedLab(count: number, tag: string): Promise<Lab> {
  const sims: RunningSimulator[] = [];
  const targets: TestTarget[] = [];
  const document = igelDocument({ servers: 2 });
  const desired = compile(document);
  for (let i = 0; i < count; i++) {
    const sim = await startSimulator({ probeIntervalMs: 60_000, password: SIM_PASSWORD });
    sims.push(sim);
    const target = await createTarget(sim, `${tag}-${i}`);
    const actor = { userId: target.actorId, workspaceId: target.workspaceId, clientAddress: "::1" };
    const { version } = await saveTopologyDocument(actor, {
      id: target.topologyId,
      expectedVersion: 1,
      document,
    });
    await setTopologyAppliance(actor, {
      id: target.topologyId,
      applianceId: target.applianceId,
      expectedVersion: version,
    });
    const run = await applyTopology({ ...target, desired });
    if (run.status !== "SUCCEEDED") throw new Error(`apply ${i} ended ${run.status}`);
    targets.push(target);
  }
  return { sims, targets };
}

function watcherFor(lab: Lab, instanceId: string, intervalMs: number): StatusWatcher {
  const workspaces = new Set(lab.targets.map((t) => t.workspaceId));
  // Drift checks are several reads on their own schedule, not part of a poll: off here.
  const registry = new StatusRegistry({ instanceId, intervalMs, driftEveryMs: 0 });
  return new StatusWatcher(registry, {
    listApplied: async () =>
      (await listAppliedTopologies()).filter((t) => workspaces.has(t.workspaceId)),
  });
}

/** Resolves once every appliance of the lab had a tick on `registry` that `accept` takes. */
function everyAppliance(
  registry: StatusRegistry,
  lab: Lab,
  accept: (tick: PollerTick) => boolean,
): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  const wanted = new Set(lab.targets.map((t) => t.applianceId));
  return new Promise((resolve) => {
    const off = registry.onTick((tick) => {
      if (!wanted.has(tick.applianceId) || seen.has(tick.applianceId) || !accept(tick)) return;
      seen.set(tick.applianceId, Date.now());
      if (seen.size === wanted.size) {
        off();
        resolve(seen);
      }
    });
  });
}

export async function benchWatch(opts: {
  appliances: number;
  intervalMs: number;
  watchMs: number;
  log: (line: string) => void;
}): Promise<WatchBenchRow> {
  const { intervalMs } = opts;
  opts.log(`  ${opts.appliances} appliance(s): applying an IGEL topology to each…`);
  const lab = await appliedLab(opts.appliances, `watch${opts.appliances}`);
  const simOf = new Map(lab.targets.map((t, i) => [t.applianceId, lab.sims[i]!]));
  const watchers: StatusWatcher[] = [];
  try {
    // One instance, nobody looking.
    const a = watcherFor(lab, `bench-a-${opts.appliances}`, intervalMs);
    watchers.push(a);
    const warm = everyAppliance(a.registry, lab, (t) => t.leader && t.polls >= 2);
    a.start();
    await warm;
    for (const sim of lab.sims) sim.control.resetCounters();
    const lastCount = new Map<string, number>();
    let maxPerInterval = 0;
    let polls = 0;
    let onTime = 0;
    let timed = 0;
    const off = a.registry.onTick((tick) => {
      const sim = simOf.get(tick.applianceId);
      if (!sim || !tick.leader) return;
      polls++;
      const total = sim.control.counters().total;
      maxPerInterval = Math.max(maxPerInterval, total - (lastCount.get(tick.applianceId) ?? 0));
      lastCount.set(tick.applianceId, total);
      timed++;
      if (tick.startedAt - tick.scheduledAt <= intervalMs * 0.1) onTime++;
    });
    let rss = process.memoryUsage().rss;
    const rssTimer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 1000);
    const cpuBefore = process.cpuUsage();
    const wallBefore = Date.now();
    opts.log(`  watching for ${Math.round(opts.watchMs / 1000)} s with one instance…`);
    await new Promise((resolve) => setTimeout(resolve, opts.watchMs));
    const cpu = process.cpuUsage(cpuBefore);
    const wallHours = (Date.now() - wallBefore) / 3_600_000;
    off();

    // A second instance shares the leases; the first one is killed.
    opts.log("  a second instance joins; the first is killed without releasing its leases…");
    const b = watcherFor(lab, `bench-b-${opts.appliances}`, intervalMs);
    watchers.push(b);
    const following = everyAppliance(b.registry, lab, (t) => !t.leader);
    b.start();
    await following;
    const takenOver = new Map<string, number>();
    const allTaken = everyAppliance(b.registry, lab, (t) => {
      if (t.leader) takenOver.set(t.applianceId, t.startedAt);
      return t.leader;
    });
    const killedAt = Date.now();
    await a.abandon();
    await allTaken;
    clearInterval(rssTimer);
    // Until the survivor's first poll of each appliance began (the lease is then its own).
    const takeoverMs = Math.max(...[...takenOver.values()].map((at) => at - killedAt));
    return {
      appliances: opts.appliances,
      intervalMs,
      polls,
      maxRequestsPerInterval: maxPerInterval,
      adherencePct: timed === 0 ? 0 : Math.floor((onTime / timed) * 1000) / 10,
      cpuSecondsPerApplianceHour:
        Math.round(((cpu.user + cpu.system) / 1e6 / opts.appliances / wallHours) * 10) / 10,
      rssMb: Math.round(rss / 1024 / 1024),
      takeoverMs,
    };
  } finally {
    for (const w of watchers) await w.stop();
    for (const sim of lab.sims) await sim.close();
  }
}
