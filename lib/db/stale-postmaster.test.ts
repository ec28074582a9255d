// Recovery acts on real processes: a PID in postmaster.pid that is not this directory's
// PostgreSQL is never signalled, and the file stays while a backend of a killed postmaster
// still lives.
import { spawn, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { inspectProcess, processesOf, readPidFile } from "@/lib/db/postgres-processes";
import { StalePostmasterError, stopStalePostmaster } from "@/lib/db/stale-postmaster";

const quick = { smartMs: 1_000, fastMs: 1_000, immediateMs: 1_000, backendsMs: 1_000 };
const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) await cleanup();
});

function tempDataDir(): { dataDir: string; pgDataDir: string } {
  const dataDir = mkdtempSync(path.join(tmpdir(), "nsha-stale-"));
  // The embedded server runs as `postgres` when the tests run as root.
  chmodSync(dataDir, 0o711);
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const pgDataDir = path.join(dataDir, "postgres");
  mkdirSync(pgDataDir, { mode: 0o700 });
  return { dataDir, pgDataDir };
}

function dummy(command: string, args: string[], cwd: string): ChildProcess {
  const child = spawn(command, args, { cwd, stdio: "ignore" });
  cleanups.push(() => child.kill("SIGKILL"));
  return child;
}

function writePidFile(pgDataDir: string, pid: number, startedAtSeconds: number): string {
  const file = path.join(pgDataDir, "postmaster.pid");
  const lines = [
    pid,
    pgDataDir,
    startedAtSeconds,
    5432,
    "",
    "127.0.0.1",
    "        0         0",
    "ready   ",
  ];
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

describe("stopStalePostmaster", () => {
  it("leaves alone a process whose command line only mentions postgres", async () => {
    const { pgDataDir } = tempDataDir();
    const other = dummy(
      process.execPath,
      ["-e", "setInterval(() => {}, 1e9)", "postgres", "-D", pgDataDir],
      tmpdir(),
    );
    const file = writePidFile(pgDataDir, other.pid ?? 0, Math.floor(Date.now() / 1000));

    const done = await stopStalePostmaster(pgDataDir, quick);

    await sleep(300);
    expect(alive(other)).toBe(true);
    expect(done).toBe("removed a stale postmaster.pid");
    expect(existsSync(file)).toBe(false);
  });

  it("leaves alone a postgres executable in the directory that started long before the pid file says (a reused PID)", async () => {
    const { dataDir, pgDataDir } = tempDataDir();
    // A stand-in binary named postgres, working in the data directory.
    const fake = path.join(dataDir, "postgres-bin");
    mkdirSync(fake);
    copyFileSync("/bin/sleep", path.join(fake, "postgres"));
    chmodSync(path.join(fake, "postgres"), 0o755);
    const other = dummy(path.join(fake, "postgres"), ["1000"], pgDataDir);
    await sleep(200);
    const file = writePidFile(pgDataDir, other.pid ?? 0, Math.floor(Date.now() / 1000) + 3600);

    await expect(stopStalePostmaster(pgDataDir, quick)).rejects.toThrow(StalePostmasterError);

    expect(alive(other)).toBe(true);
    // A postgres process still works in the directory: the pid file must stay.
    expect(existsSync(file)).toBe(true);
  });

  it(
    "after a real postmaster is killed with -9, keeps postmaster.pid until its last backend is gone, then starts again with the data",
    { timeout: 60_000 },
    async () => {
      const { dataDir, pgDataDir } = tempDataDir();
      const first = await startEmbeddedPostgres(dataDir);
      let crashed = false;
      first.onUnexpectedExit(() => (crashed = true));
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survives')");
      await client.end();

      const pidFile = readPidFile(path.join(pgDataDir, "postmaster.pid"));
      const postmaster = pidFile?.pid ?? 0;
      const backend = processesOf(pgDataDir).find((p) => p.pid !== postmaster);
      expect(backend).toBeDefined();
      const backendPid = backend?.pid ?? 0;
      // Frozen, it cannot notice that its postmaster died: a backend that outlives it.
      process.kill(backendPid, "SIGSTOP");
      cleanups.push(() => {
        if (inspectProcess(backendPid)) process.kill(backendPid, "SIGKILL");
      });
      process.kill(postmaster, "SIGKILL");
      await expect.poll(() => crashed, { timeout: 5_000 }).toBe(true);
      // stop() after a crash returns instead of waiting for an exit that already happened.
      await first.stop();

      await expect(stopStalePostmaster(pgDataDir, quick)).rejects.toThrow(
        new RegExp(`still running without their postmaster \\(pid ${backendPid}\\)`),
      );
      expect(existsSync(path.join(pgDataDir, "postmaster.pid"))).toBe(true);

      process.kill(backendPid, "SIGCONT");
      expect(await stopStalePostmaster(pgDataDir, { ...quick, backendsMs: 10_000 })).toBe(
        "removed a stale postmaster.pid",
      );
      expect(processesOf(pgDataDir)).toEqual([]);

      const second = await startEmbeddedPostgres(dataDir);
      cleanups.push(() => second.stop());
      const again = new pg.Client({ connectionString: second.url });
      await again.connect();
      const { rows } = await again.query<{ value: string }>("SELECT value FROM kept");
      await again.end();
      expect(rows).toEqual([{ value: "survives" }]);
    },
  );
  it(
    "asks an orphaned postmaster of this directory to shut down and kills it only when it stays hung",
    { timeout: 60_000 },
    async () => {
      const { dataDir, pgDataDir } = tempDataDir();
      const server = await startEmbeddedPostgres(dataDir);
      const postmaster = readPidFile(path.join(pgDataDir, "postmaster.pid"))?.pid ?? 0;
      // Frozen, it cannot act on SIGTERM, SIGINT or SIGQUIT: hung, and provably ours.
      process.kill(postmaster, "SIGSTOP");
      cleanups.push(() => server.stop());

      expect(await stopStalePostmaster(pgDataDir, quick)).toBe(
        `killed an orphaned PostgreSQL (pid ${postmaster}) that did not shut down`,
      );
      expect(inspectProcess(postmaster)).toBeNull();
      expect(processesOf(pgDataDir)).toEqual([]);
      expect(existsSync(path.join(pgDataDir, "postmaster.pid"))).toBe(false);
    },
  );
});
