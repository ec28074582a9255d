// `npm run bench`: the side-by-side apply bench (lib/bench/apply-bench.ts). Applies both
// example topologies and a generated 100-vserver topology (a) with the engine and (b) with the
// sequential one-request-per-object baseline, at 0, 50 and 150 ms of added appliance latency,
// each on a fresh simulator (the examples three times each, the median shown), on a throwaway
// embedded PostgreSQL; then measures planning a 300-vserver topology. Prints the tables and
// one summary line. Sends traffic only to loopback.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  benchApply,
  benchBigPlan,
  type ApplyBenchRow,
  type BenchTopology,
} from "@/lib/bench/apply-bench";
import { generatedTopology } from "@/lib/bench/generated-topology";
import { desiredFromFile, EXAMPLE_FILES } from "@/lib/apply/testing/example-desired";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

const latencies = [0, 50, 150];
const pad = (value: string | number, width: number) => String(value).padStart(width);
const ratio = (r: ApplyBenchRow) => r.baseline.ms / Math.max(1, r.engine.ms);

function printApplyTable(rows: readonly ApplyBenchRow[]): void {
  console.info(
    "topology      latency  objects  depth | engine ms  req  rtt | sequential ms  req  rtt | speedup  rtt ratio | changes after  status",
  );
  for (const r of rows) {
    console.info(
      [
        `${r.topology.padEnd(12)} ${pad(r.latencyMs, 8)} ${pad(r.objects, 8)} ${pad(r.depth, 6)} |`,
        `${pad(r.engine.ms, 9)} ${pad(r.engine.requests, 4)} ${pad(r.engine.roundTrips, 4)} |`,
        `${pad(r.baseline.ms, 13)} ${pad(r.baseline.requests, 4)} ${pad(r.baseline.roundTrips, 4)} |`,
        `${pad(ratio(r).toFixed(1), 7)}x ${pad((r.baseline.roundTrips / Math.max(1, r.engine.roundTrips)).toFixed(1), 9)}x |`,
        `${pad(r.changesAfter, 13)}  ${r.status}`,
      ].join(" "),
    );
  }
}

async function main(): Promise<void> {
  // Before anything reads the environment (it is validated once and cached).
  process.env.APP_SECRET ??= "bench-secret-0123456789abcdef0123456789abcdef";
  // The bench's simulator listens on loopback, which the outbound policy refuses by default.
  process.env.APPLIANCE_ALLOWED_TARGETS ??= "127.0.0.1";
  const dir = mkdtempSync(path.join(tmpdir(), "nsha-bench-"));
  chmodSync(dir, 0o711);
  const db = await startEmbeddedPostgres(dir);
  process.env.DATABASE_URL = db.url;
  try {
    await migrateDatabase(db.url);
    const topologies: BenchTopology[] = [
      { name: "igel", desired: desiredFromFile(EXAMPLE_FILES.igel) },
      { name: "xms", desired: desiredFromFile(EXAMPLE_FILES.xms) },
      { name: "gen-100vs", desired: generatedTopology(100) },
    ];
    // A long-running server applies with warm code and a warm connection pool: an untimed
    // apply of each example first, so the first rows do not carry the JIT and pool start-up.
    for (const topology of topologies.slice(0, 2)) await benchApply(topology, 0);
    const rows: ApplyBenchRow[] = [];
    for (const topology of topologies)
      for (const latency of latencies) {
        // The big topology's sequential baseline alone takes minutes: measured once.
        const repeats = topology.name.startsWith("gen-") ? 1 : 3;
        rows.push(await benchApply(topology, latency, repeats));
      }
    console.info(
      "Apply: engine vs one request per object in dependency order. rtt = round trips, counted at the simulator as sequential request waves; at 0 ms an answer comes before the next request leaves, so rtt = requests there.",
    );
    printApplyTable(rows);

    const big = await benchBigPlan(300, 50);
    console.info(
      `Plan of ${big.vservers} vservers (${big.objects} objects) at ${big.latencyMs} ms: ${big.planRoundTrips} round trips (login + parallel reads), ${big.planRequests} requests, ${big.planMs} ms wall; CPU compile ${big.compileCpuMs.toFixed(1)} ms + diff ${big.diffCpuMs.toFixed(1)} ms = ${(big.compileCpuMs + big.diffCpuMs).toFixed(1)} ms; ${big.changes} changes`,
    );

    const at50 = (name: string) => rows.find((r) => r.topology === name && r.latencyMs === 50);
    const depth = (name: string) => rows.find((r) => r.topology === name)?.depth ?? -1;
    // With added latency only: at 0 ms the appliance costs nothing and the engine's own
    // database records (steps, ownership, audit) dominate, which the baseline skips.
    const speedups = rows.filter((r) => r.latencyMs > 0).map(ratio);
    console.info(
      `plan-bench: vservers=${big.vservers} read_round_trips=${big.planRoundTrips} compile_diff_cpu_ms=${(big.compileCpuMs + big.diffCpuMs).toFixed(1)}`,
    );
    console.info(
      `apply-bench: depth_igel=${depth("igel")} depth_xms=${depth("xms")} rtt_50ms_igel=${at50("igel")?.engine.roundTrips ?? -1} rtt_50ms_xms=${at50("xms")?.engine.roundTrips ?? -1} speedup_vs_sequential_min=${Math.min(...speedups).toFixed(1)} changes_after_apply=${rows.reduce((n, r) => n + r.changesAfter, 0) + big.changes}`,
    );
  } finally {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
