// When the app is killed with SIGKILL its embedded PostgreSQL keeps running and keeps the
// data directory locked; the next start must stop that orphan first. postmaster.pid's first
// line is the postmaster's PID.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    // No /proc (macOS): trust the pid file, as pg_ctl does.
    return true;
  }
}

/** Returns a description of what was done, or null when nothing was stale. */
export async function stopStalePostmaster(
  pgDataDir: string,
  timeoutMs = 15_000,
): Promise<string | null> {
  const pidFile = path.join(pgDataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) {
    rmSync(pidFile, { force: true });
    return "removed a stale postmaster.pid";
  }
  // SIGINT = PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return `stopped an orphaned PostgreSQL (pid ${pid}) left by an earlier run`;
    await sleep(100);
  }
  process.kill(pid, "SIGKILL");
  await sleep(200);
  rmSync(pidFile, { force: true });
  return `killed an orphaned PostgreSQL (pid ${pid}) that did not stop in time`;
}
