// `npm run bench:status`: the live status poller on the built-in simulator with topologies of
// 3, 30 and 300 vservers and 1, 10 and 50 concurrent viewers, on a throwaway embedded
// PostgreSQL. Prints a table and one summary line. Sends traffic only to loopback.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchStatus } from "@/lib/bench/status-bench";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

async function main(): Promise<void> {
  process.env.APP_SECRET ??= "bench-secret-0123456789abcdef0123456789abcdef";
  // The bench's simulator listens on loopback, which the outbound policy refuses by default.
  process.env.APPLIANCE_ALLOWED_TARGETS ??= "127.0.0.1";
  const dir = mkdtempSync(path.join(tmpdir(), "nsha-status-bench-"));
  chmodSync(dir, 0o711);
  const db = await startEmbeddedPostgres(dir);
  process.env.DATABASE_URL = db.url;
  try {
    await migrateDatabase(db.url);
    const { rows, downToApiMs, downToBrowserMs, browserNote } = await benchStatus({
      sizes: [3, 30, 300],
      viewers: [1, 10, 50],
      intervalMs: 1000,
      windowMs: 5000,
      viewerEveryMs: 250,
    });
    console.info("vservers  viewers  polls  requests  max req/interval  api p50 ms  api p95 ms");
    for (const r of rows) {
      console.info(
        `${String(r.vservers).padStart(8)}  ${String(r.viewers).padStart(7)}  ${String(r.polls).padStart(5)}  ${String(r.requests).padStart(8)}  ${String(r.maxRequestsPerInterval).padStart(16)}  ${String(r.apiP50Ms).padStart(10)}  ${String(r.apiP95Ms).padStart(10)}`,
      );
    }
    console.info(
      `down_to_api_ms=${downToApiMs} (listener closed → status API shows DOWN, 1 s interval, 200 ms probes)`,
    );
    console.info(
      `down_to_browser_ms=${downToBrowserMs} (listener closed → a Chromium page polling the status shows DOWN; ${browserNote})`,
    );
    const p95 = Math.max(...rows.filter((r) => r.viewers === 50).map((r) => r.apiP95Ms));
    const maxReq = Math.max(...rows.map((r) => r.maxRequestsPerInterval));
    console.info(
      `status-bench: max_nitro_requests_per_interval=${maxReq} api_p95_ms=${Math.round(p95)} down_to_browser_ms=${downToBrowserMs}`,
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
