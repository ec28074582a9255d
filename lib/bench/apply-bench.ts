// The side-by-side apply bench on the built-in simulator (real HTTP on loopback, added
// latency): the same plan applied (a) by the engine and (b) by the sequential baseline
// (sequential-baseline.ts), each on a fresh simulated appliance with a fresh session. Counts
// NITRO requests and round trips, measured at the simulator as sequential request waves
// (requests overlapping in time are one wave), and wall time; then plans again to count what
// is left to change. Also the cost of planning a big topology: read round trips and the CPU
// time of compile and diff.
import { getApplianceConnection } from "@/lib/appliances/store";
import { applyTopology, planTopology } from "@/lib/apply";
import { dependencyDepth } from "@/lib/apply/levels";
import { loadTracked } from "@/lib/apply/ownership";
import { readLiveState } from "@/lib/apply/read-live";
import { secretDigest } from "@/lib/apply/secret-digest";
import { createTarget, SIM_PASSWORD } from "@/lib/apply/testing/harness";
import { createNitroClient, disposeAllNitroSessions, getNitroClient } from "@/lib/nitro";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { diff } from "@/lib/topology/plan";
import { generatedTopology } from "./generated-topology";
import { applySequentially } from "./sequential-baseline";

export interface BenchTopology {
  name: string;
  desired: DesiredConfig;
}

export interface ApplyCost {
  ms: number;
  requests: number;
  roundTrips: number;
}

export interface ApplyBenchRow {
  topology: string;
  latencyMs: number;
  objects: number;
  depth: number;
  engine: ApplyCost;
  baseline: ApplyCost;
  /** Objects the plan after the engine's apply would still change (0 = converged). */
  changesAfter: number;
  status: string;
}

const freshSimulator = (latencyMs: number) =>
  startSimulator({ host: "127.0.0.1", probeIntervalMs: 60_000, password: SIM_PASSWORD, latencyMs });

function cost(sim: RunningSimulator, started: number): ApplyCost {
  return {
    ms: Math.round(performance.now() - started),
    requests: sim.control.counters().total,
    roundTrips: sim.control.waves(),
  };
}

async function engineApply(topology: BenchTopology, latencyMs: number) {
  const sim = await freshSimulator(latencyMs);
  try {
    const target = await createTarget(sim, topology.name);
    sim.control.resetCounters();
    const started = performance.now();
    const run = await applyTopology({ ...target, desired: topology.desired });
    const engine = cost(sim, started);
    const after = await planTopology({ ...target, desired: topology.desired });
    return { engine, status: run.status, changesAfter: after.summary.changes };
  } finally {
    await disposeAllNitroSessions();
    await sim.close();
  }
}

async function baselineApply(topology: BenchTopology, latencyMs: number): Promise<ApplyCost> {
  const sim = await freshSimulator(latencyMs);
  try {
    const target = await createTarget(sim, topology.name);
    const plan = await planTopology({ ...target, desired: topology.desired });
    const conn = await getApplianceConnection(target.workspaceId, target.applianceId);
    const client = createNitroClient(conn);
    sim.control.resetCounters();
    const started = performance.now();
    try {
      await applySequentially(client, plan, topology.desired);
      return cost(sim, started);
    } finally {
      await client.dispose();
    }
  } finally {
    await disposeAllNitroSessions();
    await sim.close();
  }
}

/** The run with the median wall time (its requests and round trips with it). */
function median<T extends { ms: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error("no runs");
  return middle;
}

/**
 * `repeats` applies of each kind, each on a fresh appliance; the row shows the median run of
 * each (the machine is shared, so one run can land on a busy moment), and the plan after the
 * engine's apply that changes the most.
 */
export async function benchApply(
  topology: BenchTopology,
  latencyMs: number,
  repeats = 1,
): Promise<ApplyBenchRow> {
  const engines: Array<Awaited<ReturnType<typeof engineApply>>> = [];
  const baselines: ApplyCost[] = [];
  for (let i = 0; i < repeats; i++) {
    engines.push(await engineApply(topology, latencyMs));
    baselines.push(await baselineApply(topology, latencyMs));
  }
  const engine = median(engines.map((run) => ({ ...run.engine, run })));
  return {
    topology: topology.name,
    latencyMs,
    objects: topology.desired.objects.length,
    depth: dependencyDepth(topology.desired),
    engine: { ms: engine.ms, requests: engine.requests, roundTrips: engine.roundTrips },
    baseline: median(baselines),
    changesAfter: Math.max(...engines.map((run) => run.changesAfter)),
    status: engines.find((run) => run.status !== "SUCCEEDED")?.status ?? "SUCCEEDED",
  };
}

export interface BigPlanResult {
  vservers: number;
  objects: number;
  latencyMs: number;
  /** Round trips of one plan from a cold session: the login, then the reads. */
  planRoundTrips: number;
  planRequests: number;
  planMs: number;
  compileCpuMs: number;
  diffCpuMs: number;
  changes: number;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Applies a `vservers` topology, then measures planning it again (nothing left to change). */
export async function benchBigPlan(vservers: number, latencyMs: number): Promise<BigPlanResult> {
  let cpu = process.cpuUsage();
  const desired = generatedTopology(vservers);
  const compileCpuMs = cpuMs(cpu);
  const sim = await freshSimulator(latencyMs);
  try {
    const target = await createTarget(sim, `plan-${vservers}`);
    await applyTopology({ ...target, desired });
    await disposeAllNitroSessions();
    sim.control.resetCounters();
    const started = performance.now();
    const plan = await planTopology({ ...target, desired });
    const planMs = Math.round(performance.now() - started);
    const planRoundTrips = sim.control.waves();
    const planRequests = sim.control.counters().total;
    // The diff alone, on the same live state and ownership records, for its CPU time.
    const { tracked, ownedElsewhere } = await loadTracked(target.topologyId, target.applianceId);
    const conn = await getApplianceConnection(target.workspaceId, target.applianceId);
    const client = getNitroClient(conn);
    const live = await readLiveState(client, desired, tracked).finally(() => client.dispose());
    cpu = process.cpuUsage();
    diff(desired, live, tracked, { ownedElsewhere, secretDigest });
    const diffCpuMs = cpuMs(cpu);
    return {
      vservers,
      objects: desired.objects.length,
      latencyMs,
      planRoundTrips,
      planRequests,
      planMs,
      compileCpuMs,
      diffCpuMs,
      changes: plan.summary.changes,
    };
  } finally {
    await disposeAllNitroSessions();
    await sim.close();
  }
}
