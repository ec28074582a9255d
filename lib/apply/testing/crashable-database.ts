// A PostgreSQL of the test's own (embedded, in a temp data directory, migrated) that a test
// may kill with SIGKILL and start again, as when the database server dies under the app. The
// shared test database is never touched. Clients reach it through a loopback forwarder whose
// port stays the same across restarts (the server itself comes back on a fresh port), so the
// process's one Prisma client (getDb) keeps a valid DATABASE_URL, as the app's does.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, connect, type AddressInfo, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../../prisma/migrations");

export interface CrashableDatabase {
  /** Through the forwarder: valid across restarts. */
  url: string;
  /** SIGKILL to the postmaster and every backend; resolves once all of them are gone. */
  kill(): Promise<void>;
  /** Starts the server again on the same data (PostgreSQL runs its crash recovery). */
  restart(): Promise<void>;
  /** Stops server and forwarder and deletes the data directory. */
  close(): Promise<void>;
}

function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may contain spaces.
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** The postmaster (first line of postmaster.pid) and its children, via /proc (Linux). */
function serverProcesses(pgDataDir: string): number[] {
  const pid = Number.parseInt(
    readFileSync(path.join(pgDataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "",
    10,
  );
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry) && parentOf(entry) === pid)
    .map(Number);
  return [pid, ...children];
}

/** Gone, or a zombie nobody has reaped yet (it holds no port, memory or files any more). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

function forward(getPort: () => number | undefined): Server {
  return createServer((incoming: Socket) => {
    const port = getPort();
    if (port === undefined) return void incoming.destroy();
    const outgoing = connect(port, "127.0.0.1");
    incoming.pipe(outgoing).pipe(incoming);
    const close = () => {
      incoming.destroy();
      outgoing.destroy();
    };
    incoming.on("error", close).on("close", close);
    outgoing.on("error", close).on("close", close);
  });
}

export async function startCrashableDatabase(): Promise<CrashableDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "nsha-crash-db-"));
  // As tests/setup/test-database.ts: the server runs as `postgres` when we are root.
  chmodSync(dataDir, 0o711);
  let server: EmbeddedDatabase | undefined = await startEmbeddedPostgres(dataDir);
  const serverUrl = (db: EmbeddedDatabase) => new URL(db.url);
  await migrateDatabase(server.url, MIGRATIONS);

  const forwarder = forward(() => (server ? Number(serverUrl(server).port) : undefined));
  await new Promise<void>((resolve) => forwarder.listen(0, "127.0.0.1", resolve));
  const url = serverUrl(server);
  url.port = String((forwarder.address() as AddressInfo).port);

  return {
    url: url.toString(),
    async kill() {
      const pids = serverProcesses(path.join(dataDir, "postgres"));
      server = undefined;
      for (const pid of pids) process.kill(pid, "SIGKILL");
      const deadline = Date.now() + 10_000;
      while (pids.some(isAlive)) {
        if (Date.now() > deadline) throw new Error("PostgreSQL survived SIGKILL");
        await sleep(20);
      }
    },
    async restart() {
      server = await startEmbeddedPostgres(dataDir);
    },
    async close() {
      forwarder.close();
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
