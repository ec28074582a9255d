// kill -9 of PostgreSQL itself in the middle of an apply (a database of this file's own, never
// the shared test database), with a NITRO write in flight: the apply fails without corrupting
// anything. After PostgreSQL restarts (crash recovery) the run reads INTERRUPTED with the
// in-flight steps PENDING, the ownership records still match the appliance, and a rollback
// puts back exactly the configuration the simulator held before.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applyTopology, planTopology, rollbackApplyRun } from "@/lib/apply";
import {
  startCrashableDatabase,
  type CrashableDatabase,
} from "@/lib/apply/testing/crashable-database";
import { igelDesiredConfig } from "@/lib/apply/testing/documents";
import { configFingerprint, createTarget } from "@/lib/apply/testing/harness";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { untilInterrupted } from "@/lib/apply/testing/until-interrupted";
import { getDb } from "@/lib/db/client";
import { untilHeld } from "@/lib/simulator/testing/until-held";

const sim = simulatorPerFile();
let database: CrashableDatabase | undefined;
const IN_FLIGHT = "lbvserver";
const STALE_AFTER_MS = 1_000;

beforeAll(async () => {
  database = await startCrashableDatabase();
  // Before anything in this file opens the process's Prisma client.
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => {
  await getDb().$disconnect();
  await database?.close();
});

describe.skipIf(process.platform !== "linux")("kill -9 of PostgreSQL mid-apply", () => {
  it(
    "fails the apply, then recovers to an interrupted run that rolls back",
    { timeout: 60_000 },
    async () => {
      const db = database;
      if (!db) throw new Error("no database");
      const target = await createTarget(sim());
      const desired = igelDesiredConfig({ servers: 3 });
      const before = configFingerprint(sim());
      let runId: string | undefined;

      sim().control.setFaults({ holdNextWriteTo: IN_FLIGHT });
      const applying = applyTopology({
        ...target,
        desired,
        heartbeatMs: 200,
        onRunStarted: (id) => (runId = id),
      }).then(
        (run) => ({ run, error: undefined }),
        (error: unknown) => ({ run: undefined, error }),
      );
      await untilHeld(sim());
      // The stage's other writes were answered; their completion is recorded off the request
      // path (lib/apply/context.ts), so wait for it: the kill then hits one write in flight.
      await vi.waitFor(
        async () => {
          const done = await getDb().applyStep.count({
            where: { runId: runId ?? "", result: "OK" },
          });
          expect(done).toBeGreaterThan(0);
        },
        { timeout: 5_000 },
      );
      await db.kill();
      // The appliance answers the write; the engine can no longer record that answer.
      sim().control.releaseHeld("process");
      const outcome = await applying;
      expect(outcome.run).toBeUndefined();
      expect(String(outcome.error)).toMatch(/connection|connect|terminated/i);

      await db.restart();
      if (!runId) throw new Error("the run never started");
      const run = await untilInterrupted(target.workspaceId, runId, STALE_AFTER_MS);
      expect(run.status).toBe("INTERRUPTED");
      const inFlight = run.steps.filter((step) => step.resource === IN_FLIGHT);
      expect(inFlight.length).toBeGreaterThan(0);
      expect(inFlight.every((step) => step.result === "PENDING")).toBe(true);
      const done = run.steps.filter((step) => step.result === "OK");
      expect(done.length).toBeGreaterThan(0);
      expect(run.steps.map((step) => step.seq)).toEqual(run.steps.map((_, i) => i + 1));
      // Every object on the appliance that the run made is still recorded as this topology's.
      const plan = await planTopology({ ...target, desired });
      expect(plan.summary.conflict).toBe(0);

      const rolled = await rollbackApplyRun({
        ...target,
        runId,
        staleAfterMs: STALE_AFTER_MS,
      });
      expect(rolled.status).toBe("ROLLED_BACK");
      expect(configFingerprint(sim())).toEqual(before);
      expect(await getDb().appliedObject.count({ where: { topologyId: target.topologyId } })).toBe(
        0,
      );
    },
  );
});
