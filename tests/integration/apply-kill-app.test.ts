// kill -9 of the process applying (the real CLI, a child process) while a NITRO write is in
// flight: the simulator holds the write, so the request has been sent and no answer recorded.
// Afterwards the run reads INTERRUPTED with that step PENDING, and another process (this one)
// rolls it back to exactly the appliance's earlier configuration, or resumes it to the
// desired state. The held write is then processed (the appliance finished the command after
// its client died) or dropped (it never got there); both must converge.
import { describe, expect, it } from "vitest";
import { getApplyRun, planTopology, resumeApplyRun, rollbackApplyRun } from "@/lib/apply";
import { configFingerprint } from "@/lib/apply/testing/harness";
import { untilInterrupted } from "@/lib/apply/testing/until-interrupted";
import { exampleCopy, SIM_PASSWORD, spawnCli } from "@/lib/cli/testing/cli-process";
import { cliSimulatorPerFile } from "@/lib/cli/testing/cli-simulator-per-file";
import { loadTopology } from "@/lib/cli/topology-file";
import { getDb } from "@/lib/db/client";
import type { ApplianceConnection } from "@/lib/nitro";
import type { HeldRelease } from "@/lib/simulator";
import { untilHeld } from "@/lib/simulator/testing/until-held";

const lab = cliSimulatorPerFile();
const bounded = { timeout: 60_000 };
// Longer than the engine's 5 s heartbeat period, so only a dead process's run turns stale.
const STALE_AFTER_MS = 6_000;
const IN_FLIGHT = "lbvserver";

const connection = (): ApplianceConnection => ({
  baseUrl: lab.sim.url,
  username: "nsroot",
  password: SIM_PASSWORD,
  tls: { mode: "fingerprint", sha256: lab.sim.fingerprint256 ?? "" },
});

/** Runs `cli apply`, kills it with SIGKILL while the first IN_FLIGHT write is held. */
async function applyKilledMidWrite(late: HeldRelease) {
  const { file } = exampleCopy("igel-ums");
  lab.sim.control.setFaults({ holdNextWriteTo: IN_FLIGHT });
  const cli = spawnCli(["apply", file, ...lab.flags(), "--yes"]);
  try {
    await untilHeld(lab.sim, 30_000);
  } catch (error) {
    cli.child.kill("SIGKILL");
    throw new Error(`${String(error)}\n${(await cli.done).stderr}`);
  }
  const record = await getDb().applyRun.findFirstOrThrow({
    where: { appliance: { baseUrl: lab.sim.url } },
    orderBy: { startedAt: "desc" },
  });
  const alive = await getApplyRun(record.workspaceId, record.id);
  expect(alive?.status).toBe("RUNNING");

  cli.child.kill("SIGKILL");
  const exit = await cli.done;
  expect(exit.signal).toBe("SIGKILL");
  const killedAt = Date.now();
  lab.sim.control.releaseHeld(late);

  const run = await untilInterrupted(record.workspaceId, record.id, STALE_AFTER_MS);
  expect(run.status).toBe("INTERRUPTED");
  expect(run.heartbeatAt.getTime()).toBeLessThanOrEqual(killedAt);
  const inFlight = run.steps.filter((step) => step.resource === IN_FLIGHT);
  expect(inFlight.length).toBeGreaterThan(0);
  expect(inFlight.every((step) => step.result === "PENDING" && step.action === "create")).toBe(
    true,
  );
  const target = {
    workspaceId: record.workspaceId,
    topologyId: record.topologyId,
    applianceId: record.applianceId,
    actorId: record.actorId,
  };
  return { run, target, desired: loadTopology(file).desired };
}

describe("kill -9 of the applying process with a NITRO write in flight", () => {
  it.each(["process", "drop"] as const)(
    "rolls back to the appliance's earlier configuration (held write: %s)",
    bounded,
    async (late) => {
      const before = configFingerprint(lab.sim);
      const { run, target } = await applyKilledMidWrite(late);
      const rolled = await rollbackApplyRun({
        ...target,
        runId: run.id,
        connection: connection(),
        staleAfterMs: STALE_AFTER_MS,
      });
      expect(rolled.status).toBe("ROLLED_BACK");
      expect(configFingerprint(lab.sim)).toEqual(before);
      const owned = await getDb().appliedObject.count({ where: { topologyId: target.topologyId } });
      expect(owned).toBe(0);
    },
  );

  it("resumes to the desired configuration after a re-plan", bounded, async () => {
    const { run, target, desired } = await applyKilledMidWrite("process");
    const plan = await planTopology({ ...target, desired, connection: connection() });
    expect(plan.summary.conflict).toBe(0);
    const resumed = await resumeApplyRun({
      ...target,
      runId: run.id,
      desired,
      expectedPlanHash: plan.hash,
      connection: connection(),
      staleAfterMs: STALE_AFTER_MS,
    });
    expect(resumed.status).toBe("SUCCEEDED");
    expect(resumed.resumeOfId).toBe(run.id);
    const after = await planTopology({ ...target, desired, connection: connection() });
    expect(after.summary.changes).toBe(0);
    expect(after.summary.conflict).toBe(0);
  });
});
