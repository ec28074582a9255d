// Starts the real app (`npm start`'s entry point) for a spec: own data directory, own
// port, embedded PostgreSQL. Specs can stop it gracefully, kill it (-9) and start it again.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { findFreePort } from "../../lib/server/free-port";

export interface AppServer {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export function createDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "nsha-e2e-"));
  chmodSync(dir, 0o711);
  return dir;
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

async function waitForHealthy(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The app exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`The app did not become healthy within 60 s:\n${output()}`);
}

export async function startApp(options: {
  dataDir: string;
  port?: number;
  env?: Record<string, string>;
  /** The APP_URL the app believes users open (default: the URL it listens on). */
  appUrl?: string;
}): Promise<AppServer> {
  const port = options.port ?? (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  let log = "";
  // One process, as `npm start` runs it, so SIGKILL really kills the app.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      // Specs add `npm run sim` appliances on 127.0.0.1, refused by the default outbound policy.
      APPLIANCE_ALLOWED_TARGETS: "127.0.0.1",
      ...options.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: options.dataDir,
      APP_URL: options.appUrl ?? url,
      DATABASE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitForHealthy(url, child, output);
  return {
    url,
    dataDir: options.dataDir,
    output,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
