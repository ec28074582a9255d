// `npm run bench:watch`: the always-on watcher with 1, 10 and 100 simulated appliances (each an
// applied IGEL topology on its own in-process simulator), watched at a 5 s interval for 60 s by
// one instance, then by two sharing the leases with one killed; on a throwaway embedded
// PostgreSQL. Prints a table and one summary line. Sends traffic only to loopback.
// Options: --sizes 1,10,100 --interval-ms 5000 --seconds 60
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measureAlertMs } from "@/lib/bench/watch-alert";
import { benchWatch, type WatchBenchRow } from "@/lib/bench/watch-bench";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1,10,100" },
      "interval-ms": { type: "string", default: "5000" },
      seconds: { type: "string", default: "60" },
    },
  });
  const sizes = values.sizes.split(",").map(Number);
  const intervalMs = Number(values["interval-ms"]);
  const seconds = Number(values.seconds);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 500))
    throw new Error("--sizes: whole numbers of appliances 1–500, comma-separated, e.g. 1,10,100");
  if (!Number.isInteger(intervalMs) || intervalMs < 500)
    throw new Error("--interval-ms: a whole number of milliseconds, at least 500");
  if (!Number.isFinite(seconds) || seconds < 1) throw new Error("--seconds: at least 1");
  return { sizes, intervalMs, watchMs: seconds * 1000 };
}

async function main(): Promise<void> {
  const { sizes, intervalMs, watchMs } = options();
  process.env.APP_SECRET ??= "bench-secret-0123456789abcdef0123456789abcdef";
  // The bench's simulators listen on loopback, which the outbound policy refuses by default.
  process.env.APPLIANCE_ALLOWED_TARGETS ??= "127.0.0.1";
  // …and so does the alert webhook receiver.
  process.env.ALERT_ALLOWED_TARGETS ??= "127.0.0.1";
  process.env.LOG_LEVEL ??= "error";
  const dir = mkdtempSync(path.join(tmpdir(), "nsha-watch-bench-"));
  chmodSync(dir, 0o711);
  const db = await startEmbeddedPostgres(dir);
  process.env.DATABASE_URL = db.url;
  const rows: WatchBenchRow[] = [];
  let alertMs = -1;
  try {
    await migrateDatabase(db.url);
    for (const appliances of sizes) {
      rows.push(
        await benchWatch({ appliances, intervalMs, watchMs, log: (line) => console.info(line) }),
      );
    }
    console.info("  alert: a member's listener closes, nobody looking; waiting for the webhook…");
    alertMs = await measureAlertMs({ databaseUrl: db.url, intervalMs });
  } finally {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.info(
    "appliances  interval ms  polls  max req/interval  adherence %  cpu s/appliance-h  rss MB  takeover ms",
  );
  for (const r of rows) {
    console.info(
      `${String(r.appliances).padStart(10)}  ${String(r.intervalMs).padStart(11)}  ${String(r.polls).padStart(5)}  ${String(r.maxRequestsPerInterval).padStart(16)}  ${String(r.adherencePct).padStart(11)}  ${String(r.cpuSecondsPerApplianceHour).padStart(17)}  ${String(r.rssMb).padStart(6)}  ${String(r.takeoverMs).padStart(11)}`,
    );
  }
  console.info(
    `cpu s/appliance-h counts this whole process: the watcher and the in-process simulators. alert_ms: listener closed → firing payload at a local webhook receiver (member_down rule, no hold time): ${alertMs} ms`,
  );
  const last = rows[rows.length - 1];
  if (!last) return;
  const worst = {
    maxRequests: Math.max(...rows.map((r) => r.maxRequestsPerInterval)),
    adherence: Math.min(...rows.map((r) => r.adherencePct)),
    takeover: Math.max(...rows.map((r) => r.takeoverMs)),
    rss: Math.max(...rows.map((r) => r.rssMb)),
  };
  console.info(
    `watch-bench: appliances=${last.appliances} interval_ms=${intervalMs} max_requests_per_interval=${worst.maxRequests} adherence_pct=${worst.adherence} alert_ms=${alertMs} takeover_ms=${worst.takeover} rss_mb=${worst.rss} cpu_s_per_appliance_hour=${last.cpuSecondsPerApplianceHour}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
