import { readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";

// The app outlives its embedded PostgreSQL: when the postmaster is killed under it, /api/health
// answers 503 until the launcher has restarted it, then 200 again, with the data intact.
function postmasterPid(app: AppServer): number {
  const file = path.join(app.dataDir, "postgres", "postmaster.pid");
  return Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
}

async function waitForHealth(app: AppServer, status: number, withinMs: number) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const res = await fetch(`${app.url}/api/health`).catch(() => null);
    if (res?.status === status) return (await res.json()) as Record<string, unknown>;
    if (Date.now() > deadline)
      throw new Error(`/api/health never answered ${status}:\n${app.output()}`);
    await sleep(50);
  }
}

test("the app restarts its embedded PostgreSQL when it dies, and reports 503 meanwhile", async () => {
  test.setTimeout(120_000);
  const dataDir = createDataDir();
  const app = await startApp({ dataDir });
  try {
    for (const signal of ["SIGKILL", "SIGINT"] as const) {
      await test.step(`postmaster stopped with ${signal}`, async () => {
        const before = postmasterPid(app);
        process.kill(before, signal);
        expect(await waitForHealth(app, 503, 10_000)).toEqual({
          ok: false,
          database: "down",
          message: "The database is unavailable.",
        });
        expect(await waitForHealth(app, 200, 60_000)).toEqual({ ok: true, database: "up" });
        expect(postmasterPid(app)).not.toBe(before);
        // A page that reads the database works again.
        expect((await fetch(`${app.url}/setup`)).status).toBe(200);
      });
    }
    expect(app.output()).toMatch(/Embedded PostgreSQL exited unexpectedly/);
    await expect.poll(() => app.output().match(/Embedded PostgreSQL restarted/g)?.length).toBe(2);
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
