// Before the embedded PostgreSQL starts, whatever an earlier run left in its data directory
// must be dealt with: after the app is killed with SIGKILL its postmaster keeps running and
// keeps the directory locked; after the postmaster itself dies, postmaster.pid stays behind.
// The PID in that file may since belong to another process, so nothing is signalled without
// proof (Linux /proc: a postgres executable working in this directory, started when the file
// says) and postmaster.pid is removed only once no process of the cluster is left.
import { rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { log } from "@/lib/log";
import {
  canInspectProcesses,
  inspectProcess,
  isPostgresExecutable,
  processesOf,
  readPidFile,
  sameDirectory,
  sharedMemoryAttachments,
  type PidFile,
  type ProcessInfo,
} from "./postgres-processes";
import { isProcessAlive } from "@/lib/db/process-alive";

export class StalePostmasterError extends Error {}

export interface StopTimings {
  /** SIGTERM: PostgreSQL's "smart" shutdown, waiting for sessions to end. */
  smartMs: number;
  /** SIGINT: "fast", rolling back open transactions, with a checkpoint. */
  fastMs: number;
  /** SIGQUIT: "immediate", no checkpoint; crash recovery on the next start. */
  immediateMs: number;
  /** How long backends of a dead postmaster get to notice and exit. */
  backendsMs: number;
}

const DEFAULT_TIMINGS: StopTimings = {
  smartMs: 5_000,
  fastMs: 15_000,
  immediateMs: 5_000,
  backendsMs: 10_000,
};

// The postmaster writes its start time into the file right after it starts.
const START_TIME_TOLERANCE_MS = 5_000;

/** Why the process is not this directory's postmaster, or null when it provably is. */
function notOurPostmaster(info: ProcessInfo, pidFile: PidFile, dataDir: string): string | null {
  if (!isPostgresExecutable(info.exe)) return `its executable is ${info.exe ?? "unreadable"}`;
  if (!sameDirectory(info.cwd, dataDir)) return `it works in ${info.cwd ?? "an unreadable folder"}`;
  if (!sameDirectory(pidFile.dataDir, dataDir)) return "the pid file names another data directory";
  const skewMs = Math.abs(info.startedAtMs - pidFile.startedAtSeconds * 1000);
  if (skewMs > START_TIME_TOLERANCE_MS) {
    return `it started ${Math.round(skewMs / 1000)} s away from the time in the pid file: a reused PID`;
  }
  return null;
}

/** True once the process is gone (or its PID now belongs to a process started later). */
async function exited(postmaster: ProcessInfo, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const now = inspectProcess(postmaster.pid);
    if (!now || now.startedAtMs - postmaster.startedAtMs > START_TIME_TOLERANCE_MS) return true;
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
}

async function shutDown(postmaster: ProcessInfo, timings: StopTimings): Promise<string> {
  const pid = postmaster.pid;
  const steps = [
    ["SIGTERM", "smart", timings.smartMs],
    ["SIGINT", "fast", timings.fastMs],
    ["SIGQUIT", "immediate", timings.immediateMs],
  ] as const;
  for (const [signal, mode, withinMs] of steps) {
    log.info(
      `Embedded PostgreSQL: asking the orphaned postmaster (pid ${pid}) for a ${mode} shutdown (${signal})`,
    );
    process.kill(pid, signal);
    if (await exited(postmaster, withinMs)) {
      return `stopped an orphaned PostgreSQL (pid ${pid}) left by an earlier run (${mode} shutdown)`;
    }
  }
  // It ignored three shutdown requests: hung. It is still provably ours (same executable,
  // directory and start time: exited() would have seen any other process), so kill it.
  log.warn(
    `Embedded PostgreSQL: the orphaned postmaster (pid ${pid}) is hung; killing it (SIGKILL)`,
  );
  process.kill(pid, "SIGKILL");
  await exited(postmaster, 5_000);
  return `killed an orphaned PostgreSQL (pid ${pid}) that did not shut down`;
}

/** Waits for the dead postmaster's backends to exit; throws when some outlive the wait. */
async function waitForBackends(dataDir: string, pidFile: PidFile, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const left = processesOf(dataDir, pidFile.pid);
    const attached = sharedMemoryAttachments(pidFile.shmId);
    if (left.length === 0 && attached === 0) return;
    if (Date.now() >= deadline) {
      const pids = left.map((p) => p.pid).join(", ");
      throw new StalePostmasterError(
        `PostgreSQL processes of ${dataDir} are still running without their postmaster ` +
          `(${pids ? `pid ${pids}` : `${attached} attached to its shared memory`}); ` +
          "postmaster.pid is kept so that no second server starts beside them. Stop them, then start again.",
      );
    }
    await sleep(100);
  }
}

/**
 * Deals with what an earlier run left in pgDataDir. Returns a description of what was done,
 * or null when nothing was left; throws StalePostmasterError when it must not act.
 */
export async function stopStalePostmaster(
  pgDataDir: string,
  timings: Partial<StopTimings> = {},
): Promise<string | null> {
  const pidFilePath = path.join(pgDataDir, "postmaster.pid");
  const pidFile = readPidFile(pidFilePath);
  if (!pidFile) return null;
  const wait = { ...DEFAULT_TIMINGS, ...timings };

  if (!canInspectProcesses) {
    // PostgreSQL itself refuses to start beside a live postmaster or attached shared memory,
    // and replaces a pid file whose PID is dead: leave the file to it.
    if (pidFile.pid > 0 && isProcessAlive(pidFile.pid)) {
      throw new StalePostmasterError(
        `${pidFilePath} names pid ${pidFile.pid}, which is running. On ${process.platform} the app cannot ` +
          "prove it is this data directory's PostgreSQL, so it does not stop it. If it is, stop it " +
          `(pg_ctl stop -D "${pgDataDir}"); if not, delete postmaster.pid. Then start again.`,
      );
    }
    return null;
  }

  let done = "removed a stale postmaster.pid";
  const running = inspectProcess(pidFile.pid);
  const refusal = running && notOurPostmaster(running, pidFile, pgDataDir);
  if (running && !refusal) {
    done = await shutDown(running, wait);
  } else if (running && refusal) {
    log.warn(
      `Embedded PostgreSQL: pid ${pidFile.pid} in postmaster.pid is not this data directory's postmaster (${refusal}); leaving that process alone`,
    );
  }
  // Children of the PID count as backends only when it was proven to be our postmaster.
  await waitForBackends(
    pgDataDir,
    running && !refusal ? pidFile : { ...pidFile, pid: 0 },
    wait.backendsMs,
  );
  rmSync(pidFilePath, { force: true });
  return done;
}
