// Vitest global setup: one real, embedded PostgreSQL for the whole run, migrated like the
// app migrates it. An external server can be used instead with TEST_DATABASE_URL (it must
// be on loopback: tests never touch a non-local database).
import { mkdtempSync, chmodSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded-postgres";
import { migrateDatabase } from "../../lib/db/migrate";

let database: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
}

export async function setup(): Promise<void> {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    dataDir = mkdtempSync(path.join(tmpdir(), "nsha-test-db-"));
    // mkdtemp makes 0700 folders; the embedded server runs as `postgres` when we are root.
    chmodSync(dataDir, 0o711);
    database = await startEmbeddedPostgres(dataDir);
    url = database.url;
  }
  assertLoopback(url);
  await migrateDatabase(url, path.resolve("prisma/migrations"));
  process.env.DATABASE_URL = url;
  process.env.APP_SECRET ??= "test-secret-0123456789abcdef0123456789abcdef";
  // Test appliances are simulators on 127.0.0.1, which the outbound policy refuses by default;
  // only that address is allowed, so ::1, 127.0.0.2 and "localhost" stay refused in tests.
  process.env.APPLIANCE_ALLOWED_TARGETS ??= "127.0.0.1";
}

export async function teardown(): Promise<void> {
  await database?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
