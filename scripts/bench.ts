// `npm run bench`: apply each example topology to the built-in simulator at 0 ms and 50 ms of
// added appliance latency, then plan again, on a throwaway embedded PostgreSQL. Prints a
// table and one summary line. Sends traffic only to loopback.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchApply, type ApplyBenchRow } from "@/lib/bench/apply-bench";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

const examples = ["examples/igel-ums.json", "examples/xenmobile.json"];
const latencies = [0, 50];

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
    const rows: ApplyBenchRow[] = [];
    for (const example of examples)
      for (const latency of latencies) rows.push(await benchApply(example, latency));
    console.info(
      "example                  latency  objects  apply ms  apply req  plan ms  plan req  changes after  status",
    );
    for (const r of rows) {
      console.info(
        `${path.basename(r.example).padEnd(24)} ${String(r.latencyMs).padStart(7)}  ${String(r.objects).padStart(7)}  ${String(r.applyMs).padStart(8)}  ${String(r.applyRequests).padStart(9)}  ${String(r.planMs).padStart(7)}  ${String(r.planRequests).padStart(8)}  ${String(r.planChangesAfter).padStart(13)}  ${r.status}`,
      );
    }
    const worst = rows.reduce((max, r) => Math.max(max, r.applyMs), 0);
    console.info(
      `apply-bench: max_apply_ms=${worst} max_apply_requests=${Math.max(...rows.map((r) => r.applyRequests))} max_plan_requests=${Math.max(...rows.map((r) => r.planRequests))} changes_after_apply=${rows.reduce((n, r) => n + r.planChangesAfter, 0)}`,
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
