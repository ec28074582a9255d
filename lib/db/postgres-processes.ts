// What /proc says about the processes of one PostgreSQL data directory, so that recovery acts
// on proof rather than on a PID that may since have been reused. Linux only: elsewhere
// canInspectProcesses is false and callers must not kill anything.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";

/** postmaster.pid: PID, data directory, start time (epoch s), …, shared memory key and id. */
export interface PidFile {
  pid: number;
  dataDir: string;
  startedAtSeconds: number;
  shmId: number | null;
}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  startedAtMs: number;
  /** The executable's path, or null when /proc does not let us read it. */
  exe: string | null;
  cwd: string | null;
}

export const canInspectProcesses =
  process.platform === "linux" && existsSync("/proc/self/stat") && existsSync("/proc/uptime");

export function readPidFile(file: string): PidFile | null {
  let lines: string[];
  try {
    lines = readFileSync(file, "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const shm = (lines[6] ?? "").trim().split(/\s+/);
  const shmId = Number.parseInt(shm[1] ?? "", 10);
  return {
    pid: Number.isInteger(pid) && pid > 0 ? pid : 0,
    dataDir: (lines[1] ?? "").trim(),
    startedAtSeconds: Number.parseInt(lines[2] ?? "", 10) || 0,
    shmId: Number.isInteger(shmId) ? shmId : null,
  };
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number.parseInt(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }), 10);
    } catch {
      clockTicks = 100;
    }
    if (!Number.isInteger(clockTicks) || clockTicks <= 0) clockTicks = 100;
  }
  return clockTicks;
}

function readLink(file: string): string | null {
  try {
    return readlinkSync(file).replace(/ \(deleted\)$/, "");
  } catch {
    return null;
  }
}

/** Null when the process is gone or a zombie (dead, only waiting to be reaped). */
export function inspectProcess(pid: number): ProcessInfo | null {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  let stat: string;
  let uptime: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    uptime = readFileSync("/proc/uptime", "utf8");
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces and parentheses: fields follow the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const state = fields[0];
  if (state === "Z" || state === "X") return null;
  const startTicks = Number(fields[19]);
  const ageMs = (Number.parseFloat(uptime) - startTicks / ticksPerSecond()) * 1000;
  return {
    pid,
    ppid: Number(fields[1]),
    startedAtMs: Date.now() - ageMs,
    exe: readLink(`/proc/${pid}/exe`),
    cwd: readLink(`/proc/${pid}/cwd`),
  };
}

export function sameDirectory(a: string | null, b: string): boolean {
  if (!a) return false;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

export const isPostgresExecutable = (exe: string | null): boolean =>
  exe !== null && path.basename(exe) === "postgres";

/**
 * Every live process of this data directory: a postgres executable working in it (the
 * postmaster chdirs there and its backends inherit that), or a child of the postmaster.
 */
export function processesOf(dataDir: string, postmasterPid = 0): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const info = inspectProcess(Number(entry));
    if (!info || info.pid === process.pid) continue;
    const worksThere = isPostgresExecutable(info.exe) && sameDirectory(info.cwd, dataDir);
    if (worksThere || (postmasterPid > 0 && info.ppid === postmasterPid)) found.push(info);
  }
  return found;
}

/** How many processes still have the cluster's shared memory segment attached (0 if gone). */
export function sharedMemoryAttachments(shmId: number | null): number {
  if (shmId === null) return 0;
  try {
    for (const line of readFileSync("/proc/sysvipc/shm", "utf8").split("\n").slice(1)) {
      const columns = line.trim().split(/\s+/);
      if (Number(columns[1]) === shmId) return Number(columns[6]) || 0;
    }
  } catch {
    // No System V IPC in /proc: the process scan alone decides.
  }
  return 0;
}
