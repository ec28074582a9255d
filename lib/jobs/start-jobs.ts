// Starts pg-boss once per process on the app's database, in its own schema, and registers it
// for this process (handle.ts). pg-boss creates and migrates its schema itself on start.
import PgBoss from "pg-boss";
import { log, redactSecrets } from "@/lib/log";
import { getJobs, setJobs } from "./handle";

export const JOBS_SCHEMA = "pgboss";

export async function startJobs(databaseUrl: string): Promise<PgBoss> {
  const running = getJobs();
  if (running) return running;
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: JOBS_SCHEMA,
    application_name: "netscaler-ha-jobs",
    // A few connections are plenty: one alert delivery worker and the maintenance loop.
    max: 4,
  });
  // pg-boss reports background trouble (a lost connection) as events; the connection string
  // must never reach a log, so messages are redacted.
  boss.on("error", (error: Error) => log.warn(`Job queue: ${redactSecrets(error.message)}`));
  await boss.start();
  setJobs(boss);
  return boss;
}

/** Stops the queue: active jobs get a few seconds; what is left runs after the next start. */
export async function stopJobs(): Promise<void> {
  const boss = getJobs();
  if (!boss) return;
  setJobs(undefined);
  await boss.stop({ graceful: true, timeout: 5_000, wait: true });
}
