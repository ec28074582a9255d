// Measures the live status poller on the built-in simulator: NITRO requests per poll interval
// (simulator counters) and status latency under concurrent viewers, for topologies of several
// sizes, plus the time from a member's listener closing to the status showing it DOWN, both in
// the status API and in a real browser (Chromium) polling it like the status page does.
import { existsSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { chromium } from "@playwright/test";
import { getApplianceConnection } from "@/lib/appliances/store";
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

export interface StatusBenchResult {
  rows: StatusBenchRow[];
  downToApiMs: number;
  /** -1 when it could not be measured; then `browserNote` says why. */
  downToBrowserMs: number;
  browserNote: string;
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
}): Promise<StatusBenchResult> {
  const sim = await startSimulator({ probeIntervalMs: 200, password: SIM_PASSWORD });
  const rows: StatusBenchRow[] = [];
  try {
    const target = await createTarget(sim, "status-bench");
    const client = getNitroClient(
      await getApplianceConnection(target.workspaceId, target.applianceId),
    );
    let downToApiMs = -1;
    let browser = { ms: -1, note: "not run" };
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
        if (size === opts.sizes[0]) {
          const member = await loopbackMember(client, watch);
          downToApiMs = await measureDown(member, get);
          await member.open();
          browser = await measureDownInBrowser(member, get, opts.intervalMs);
        }
        await registry.stopAll();
      }
    } finally {
      await client.dispose();
    }
    return { rows, downToApiMs, downToBrowserMs: browser.ms, browserNote: browser.note };
  } finally {
    await sim.close();
  }
}

type GetStatus = () => Promise<{
  ok: boolean;
  status?: { members: Array<{ key: string; state: string }> };
}>;

/**
 * A loopback socket added to the watched topology as a member; it can be closed and opened
 * again on the same port (the simulator allows one server per address, so one member serves
 * both measurements).
 */
export interface LoopbackMember {
  key: string;
  open: () => Promise<void>;
  close: () => Promise<void>;
}

async function loopbackMember(
  client: ReturnType<typeof getNitroClient>,
  watch: WatchSet,
): Promise<LoopbackMember> {
  const listener = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  const port = (listener.address() as net.AddressInfo).port;
  const key = await addLoopbackMember(client, watch, port);
  return {
    key,
    open: () => new Promise<void>((resolve) => listener.listen(port, "127.0.0.1", resolve)),
    close: () => new Promise<void>((resolve) => listener.close(() => resolve())),
  };
}

/** Listener closed → the status API reports the member DOWN (poll + probe + read latency). */
async function measureDown({ key, close }: LoopbackMember, get: GetStatus): Promise<number> {
  const stateOf = async () => (await get()).status?.members.find((m) => m.key === key)?.state;
  for (let i = 0; i < 200 && (await stateOf()) !== "UP"; i++) await sleep(50);
  const closedAt = performance.now();
  await close();
  for (let i = 0; i < 600; i++) {
    if ((await stateOf()) === "DOWN") return Math.round(performance.now() - closedAt);
    await sleep(25);
  }
  return -1;
}

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

/** The page: polls /status every `intervalMs` and renders each member's state. */
function statusPage(intervalMs: number): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>status bench</title></head>
<body><ul id="members"></ul>
<script>
const list = document.getElementById("members");
async function poll() {
  try {
    const response = await fetch("/status", { cache: "no-store" });
    const status = await response.json();
    for (const m of status.members) {
      let item = list.querySelector('[data-key="' + CSS.escape(m.key) + '"]');
      if (!item) {
        item = document.createElement("li");
        item.dataset.key = m.key;
        list.append(item);
      }
      item.textContent = m.state;
    }
  } catch (error) {
    document.title = "status bench: " + error;
  }
  setTimeout(poll, ${intervalMs});
}
poll();
</script></body></html>`;
}

/**
 * Listener closed → a Chromium page polling the status (as the status page does, every
 * interval) shows the member DOWN: the API latency plus up to one browser refetch interval.
 */
async function measureDownInBrowser(
  member: LoopbackMember,
  get: GetStatus,
  intervalMs: number,
): Promise<{ ms: number; note: string }> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath))
    return { ms: -1, note: `Chromium not found at ${executablePath} (set CHROMIUM_PATH)` };
  const server = http.createServer((req, res) => {
    if (req.url === "/status") {
      get().then(
        (result) => {
          res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
          res.end(JSON.stringify(result.status ?? { members: [] }));
        },
        (error: unknown) => {
          res.writeHead(500, { "content-type": "text/plain" });
          res.end(String(error));
        },
      );
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(statusPage(intervalMs));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    try {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    } catch (error) {
      const first = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      return { ms: -1, note: `Chromium did not start: ${first}` };
    }
    const page = await browser.newPage();
    const shows = (state: string) =>
      page.waitForFunction(
        ([key, want]) =>
          document.querySelector(`[data-key="${CSS.escape(key)}"]`)?.textContent === want,
        [member.key, state] as const,
        { timeout: 30_000, polling: "raf" },
      );
    await page.goto(`http://127.0.0.1:${port}/`);
    await shows("UP");
    const closedAt = performance.now();
    await member.close();
    await shows("DOWN");
    const ms = Math.round(performance.now() - closedAt);
    const version = browser.version();
    return { ms, note: `Chromium ${version}, page polls every ${intervalMs} ms` };
  } finally {
    await browser?.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
