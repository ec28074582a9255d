// `npm start` (and `npm run dev` with --dev): one process that prepares the database
// (embedded PostgreSQL unless DATABASE_URL is set), migrates it, builds the app if no build
// exists, and serves it. SIGINT/SIGTERM stop everything cleanly.
import { existsSync } from "node:fs";
import path from "node:path";
import next from "next";
import { startAlertsService } from "@/lib/alerts/service";
import { EnvError, parseEnv, proxyTrust, setDerivedEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { disposeAllNitroSessions } from "@/lib/nitro";
import { createAppHttpServer } from "@/lib/server/app-http-server";
import { loadOrCreateAppSecret } from "@/lib/server/app-secret";
import { hasCompleteBuild, runProductionBuild } from "@/lib/server/build";
import { resolveDataDir } from "@/lib/server/data-dir";
import { DataDirInUseError, lockDataDir } from "@/lib/server/data-dir-lock";
import { demoSimulatorWanted, startDemoSimulator } from "@/lib/server/demo-simulator";
import { prepareDatabase, type PreparedDatabase } from "@/lib/server/prepare-database";
import { startStatusWatcher } from "@/lib/status/watcher";

const dev = process.argv.includes("--dev");
const startedAt = Date.now();

function buildIfMissing(): void {
  if (dev || hasCompleteBuild()) return;
  log.info("No production build found: building the app once (about a minute)…");
  runProductionBuild();
}

async function main(): Promise<void> {
  (process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
  // Variables already set in the environment win over the .env file.
  if (existsSync(".env")) process.loadEnvFile(".env");
  const env = parseEnv(process.env);
  const dataDir = resolveDataDir(env.DATA_DIR);
  const releaseDataDir = lockDataDir(dataDir, dev ? "npm run dev" : "npm start");
  buildIfMissing();

  if (!env.APP_SECRET) {
    if (env.DATABASE_URL && !dev) {
      throw new EnvError(
        "APP_SECRET is required in production when DATABASE_URL is set (try: openssl rand -hex 32).",
      );
    }
    const { secret, created } = loadOrCreateAppSecret(dataDir);
    setDerivedEnv({ APP_SECRET: secret });
    if (created)
      log.info(`Generated an app secret in ${path.join(dataDir, "app-secret")} (mode 0600)`);
  }

  // Until the server is up, losing the database just ends the process; then a clean stop.
  let databaseLost: (reason: string) => void = (reason) => {
    log.error(reason);
    process.exit(1);
  };
  const database: PreparedDatabase = await prepareDatabase(env, dataDir, (reason) =>
    databaseLost(reason),
  );
  setDerivedEnv({ DATABASE_URL: database.url });
  const simulator = demoSimulatorWanted(env) ? await startDemoSimulator(dataDir) : null;
  // Alert evaluation and deliveries (pg-boss on this database); queued deliveries survive a stop.
  const alerts = await startAlertsService(database.url, env.STATUS_POLL_INTERVAL_MS);

  const app = next({ dev, hostname: env.HOST, port: env.PORT, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createAppHttpServer(handle, proxyTrust(env));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOST, resolve);
  });
  // Applied topologies are polled from now on, whether or not anyone looks.
  const watcher = startStatusWatcher();
  log.info(
    `Ready on http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT} (${dev ? "development" : "production"}, ${Date.now() - startedAt} ms)`,
  );

  let stopping = false;
  const stop = async (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    database.stopping();
    log.info(`${reason}: shutting down`);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // Before the database goes: pollers end their ticks and release their leases.
    await watcher.stop().catch(() => undefined);
    // The session registry lives on globalThis, shared with the app's own module instances:
    // log every NITRO session out so none lingers on the appliance.
    await disposeAllNitroSessions().catch(() => undefined);
    await alerts.stop().catch(() => undefined);
    await simulator?.close();
    await database.stop();
    releaseDataDir();
    log.info("Stopped.");
    process.exit(exitCode);
  };
  // Without its database the app must not look alive: exit non-zero for a service manager.
  databaseLost = (reason) => {
    log.error(reason);
    void stop("Database lost", 1);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  log.error(
    error instanceof EnvError || error instanceof DataDirInUseError
      ? error.message
      : `Start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
