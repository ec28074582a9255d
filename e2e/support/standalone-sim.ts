// Runs `npm run sim` as its own process, as a user would, and reads its address and TLS
// fingerprint from what it prints.
import { spawn } from "node:child_process";
import { findFreePort } from "../../lib/server/free-port";

export interface StandaloneSimulator {
  url: string;
  fingerprint256: string;
  stop(): Promise<void>;
}

export async function startStandaloneSimulator(args: string[]): Promise<StandaloneSimulator> {
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/sim.ts", "--port", String(port), ...args],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ready = new Promise<{ url: string; fingerprint256: string }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`simulator did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (\S+)/.exec(output)?.[1];
      const fingerprint = /fingerprint: ([0-9A-F:]{95})/.exec(output)?.[1];
      if (url && (fingerprint || !args.includes("--tls")) && output.includes("Press Ctrl+C")) {
        clearTimeout(timer);
        resolve({ url, fingerprint256: fingerprint ?? "" });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`simulator exited with ${code}:\n${output}`)));
  });
  const info = await ready;
  return {
    ...info,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
