// Test support for the CLI: runs the real `scripts/cli.ts` as a child process (its state in
// the shared test database through DATABASE_URL) and makes per-test copies of the examples.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Not the simulator's default ("nsroot", also the user name), so a leak is unambiguous. */
export const SIM_PASSWORD = "Cli-Sim-Pw-5c1e9d";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startCliSimulator(): Promise<RunningSimulator> {
  return startSimulator({ tls: true, probeIntervalMs: 60_000, password: SIM_PASSWORD });
}

/** The flags that reach the simulator (pinned to its self-signed certificate). */
export function simFlags(sim: RunningSimulator): string[] {
  return ["--appliance", sim.url, "--fingerprint", sim.fingerprint256 ?? ""];
}

export interface SpawnedCli {
  /** The CLI's own process (a test may kill it). */
  child: ChildProcess;
  /** Resolves when it has exited and its output is complete. */
  done: Promise<CliRun & { signal: NodeJS.Signals | null }>;
}

/** Starts the CLI without waiting for it. */
export function spawnCli(args: readonly string[], env: Record<string, string> = {}): SpawnedCli {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
    cwd: ROOT,
    // stdin is not a terminal: the CLI must never wait for an answer.
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NS_PASSWORD: SIM_PASSWORD, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export async function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  const { code, stdout, stderr } = await spawnCli(args, env).done;
  return { code, stdout, stderr };
}

/**
 * What the simulator holds, every partition's non-empty tables. Reading a table creates it
 * empty in the simulator's store, so "holds what it held" must ignore empty tables.
 */
export function heldConfig(sim: RunningSimulator): Record<string, Record<string, unknown[]>> {
  const out: Record<string, Record<string, unknown[]>> = {};
  for (const [partition, tables] of Object.entries(sim.control.snapshot().config.partitions)) {
    out[partition] = Object.fromEntries(
      Object.entries(tables).filter(([, rows]) => rows.length > 0),
    );
  }
  return out;
}

/** runCli, and the password must not appear in anything the run printed. */
export async function runCliChecked(args: readonly string[]): Promise<CliRun> {
  const run = await runCli(args);
  expect(run.stdout + run.stderr).not.toContain(SIM_PASSWORD);
  return run;
}

let copies = 0;
const copyDirs: string[] = [];

/** Deletes the files exampleCopy wrote (call in afterAll). */
export function removeExampleCopies(): void {
  for (const dir of copyDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of an example with a unique prefix (and optional edits), so tests never collide. */
export function exampleCopy(
  example: "igel-ums" | "xenmobile",
  edit: (document: Record<string, unknown>) => void = () => undefined,
): { file: string; prefix: string } {
  const document = JSON.parse(
    readFileSync(path.join(ROOT, "examples", `${example}.json`), "utf8"),
  ) as Record<string, unknown>;
  copies += 1;
  const prefix = `t${process.pid % 10_000}x${copies}`;
  document.prefix = prefix;
  edit(document);
  const dir = mkdtempSync(path.join(tmpdir(), "nsha-cli-"));
  copyDirs.push(dir);
  const file = path.join(dir, `${example}.json`);
  writeFileSync(file, JSON.stringify(document, null, 2));
  return { file, prefix };
}

/** The kind of JSON document `--format json` prints. */
export interface JsonPlan {
  items: Array<{ id: string; action: string; resource: string; label: string; changes: unknown[] }>;
  summary: Record<string, number>;
  missingReferences: unknown[];
  hash: string;
}
