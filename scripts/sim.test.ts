import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";

// End to end: the launcher starts, prints where it listens, serves NITRO and stops on SIGTERM.

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = undefined;
});

function waitForUrl(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 15_000);
    proc.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    proc.once("exit", (code) => reject(new Error(`exited early (${String(code)}): ${out}`)));
  });
}

describe("scripts/sim.ts", () => {
  it("serves NITRO on the printed URL and exits cleanly on SIGTERM", async () => {
    child = spawn(process.execPath, [tsxCli, "scripts/sim.ts", "--port", "0", "--no-seed"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const url = await waitForUrl(child);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const login = await fetch(`${url}/nitro/v1/config/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: { username: "nsroot", password: "nsroot" } }),
    });
    expect(login.status).toBe(201);
    const exited = new Promise<number | null>((r) => child?.once("exit", (code) => r(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/nitro/v1/config/nsversion`)).rejects.toThrow();
  });

  it("refuses a non-loopback host", async () => {
    child = spawn(process.execPath, [tsxCli, "scripts/sim.ts", "--host", "0.0.0.0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr?.on("data", (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((r) => child?.once("exit", (c) => r(c)));
    expect(code).toBe(2);
    expect(err).toContain("--allow-remote");
  });
});
