// Measures the live status poller on the built-in simulator: NITRO requests per poll interval
// (simulator counters) and status latency under concurrent viewers, for topologies of several
// sizes, plus the time from a member's listener closing to the status showing it DOWN.
import net from "node:net";
import { getApplianceConnection } from "@/lib/db/appliances";
import { createTarget, SIM_PASSWORD } from "@/lib/apply/testing/harness";
import { getNitroClient } from "@/lib/nitro";
import { startSimulator } from "@/lib/simulator";
import { StatusRegistry } from "@/lib/status";
import { addLoopbackMember, seedVservers, targetOf } from "@/lib/status/testing/fixture";
import type { WatchSet } from "@/lib/status/types";

export interface StatusBenchRow {
  vservers: number;
  viewers: number;
  polls: number;
  requests: number;
  maxRequestsPerInterval: number;
  apiP50Ms: number;
  apiP95Ms: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function benchStatus(opts: {
  sizes: number[];
  viewers: number[];
  intervalMs: number;
  windowMs: number;
  viewerEveryMs: number;
}): Promise<{ rows: StatusBenchRow[]; downToApiMs: number }> {
  const sim = await startSimulator({ probeIntervalMs: 200, password: SIM_PASSWORD });
  const rows: StatusBenchRow[] = [];
  try {
    const target = await createTarget(sim, "status-bench");
    const client = getNitroClient(
      await getApplianceConnection(target.workspaceId, target.applianceId),
    );
    let downToApiMs = -1;
    try {
      for (const size of opts.sizes) {
        const watch = await seedVservers(client, target.topologyId, `b${size}`, size);
        const registry = new StatusRegistry({
          instanceId: `bench-${size}`,
          intervalMs: opts.intervalMs,
          // Drift runs a full plan at most every few minutes; off here to measure the polls.
          driftEveryMs: 0,
          loadTarget: async () => targetOf(target.applianceId, watch),
        });
        const get = () => registry.getTopologyStatus(target.workspaceId, target.topologyId);
        await get();
        const poller = registry.pollerFor(target.applianceId);
        for (const viewers of opts.viewers) {
          await sleep(opts.intervalMs);
          sim.control.resetCounters();
          const pollsBefore = poller?.polls ?? 0;
          const perPoll: number[] = [];
          let lastTotal = 0;
          let lastPolls = pollsBefore;
          const latencies: number[] = [];
          const end = Date.now() + opts.windowMs;
          const sampler = setInterval(() => {
            const polls = poller?.polls ?? 0;
            const total = sim.control.counters().total;
            if (polls > lastPolls) perPoll.push((total - lastTotal) / (polls - lastPolls));
            lastTotal = total;
            lastPolls = polls;
          }, opts.intervalMs);
          await Promise.all(
            Array.from({ length: viewers }, async () => {
              while (Date.now() < end) {
                const t = performance.now();
                await get();
                latencies.push(performance.now() - t);
                await sleep(opts.viewerEveryMs);
              }
            }),
          );
          clearInterval(sampler);
          const polls = (poller?.polls ?? 0) - pollsBefore;
          const requests = sim.control.counters().total;
          rows.push({
            vservers: size,
            viewers,
            polls,
            requests,
            maxRequestsPerInterval: Math.ceil(Math.max(0, ...perPoll)),
            apiP50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
            apiP95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
          });
        }
        if (size === opts.sizes[0]) downToApiMs = await measureDown(client, watch, get);
        await registry.stopAll();
      }
    } finally {
      await client.dispose();
    }
    return { rows, downToApiMs };
  } finally {
    await sim.close();
  }
}

/** Listener closed → the status API reports the member DOWN (poll + probe + read latency). */
async function measureDown(
  client: ReturnType<typeof getNitroClient>,
  watch: WatchSet,
  get: () => Promise<{ ok: boolean; status?: { members: Array<{ key: string; state: string }> } }>,
): Promise<number> {
  const listener = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  const port = (listener.address() as net.AddressInfo).port;
  const key = await addLoopbackMember(client, watch, port);
  const stateOf = async () => (await get()).status?.members.find((m) => m.key === key)?.state;
  for (let i = 0; i < 200 && (await stateOf()) !== "UP"; i++) await sleep(50);
  const closedAt = performance.now();
  await new Promise<void>((resolve) => listener.close(() => resolve()));
  for (let i = 0; i < 600; i++) {
    if ((await stateOf()) === "DOWN") return Math.round(performance.now() - closedAt);
    await sleep(25);
  }
  return -1;
}
