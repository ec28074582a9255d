// A process that dies mid-apply (simulated: the run is abandoned where it is and its
// heartbeat made stale) leaves an INTERRUPTED run that can be resumed or rolled back.
import { randomUUID } from "node:crypto";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { describe, expect, it } from "vitest";
import {
  applyTopology,
  getApplyRun,
  planTopology,
  resumeApplyRun,
  rollbackApplyRun,
  type ApplyRunView,
} from "@/lib/apply";
import { igelDesiredConfig, xenMobileDesiredConfig } from "@/lib/apply/testing/documents";
import {
  configFingerprint,
  createTarget,
  makeStale,
  type TestTarget,
} from "@/lib/apply/testing/harness";
import { getDb } from "@/lib/db/client";
import type { DesiredConfig } from "@/lib/topology";

const sim = simulatorPerFile();

/** Starts an apply and "kills" it after `okSteps` steps have succeeded. */
async function crashAfter(target: TestTarget, desired: DesiredConfig, okSteps: number) {
  const abandon = new AbortController();
  let ok = 0;
  const run = await applyTopology({
    ...target,
    desired,
    abandon: abandon.signal,
    onStep: (step) => {
      if (step.result === "OK" && ++ok >= okSteps) abandon.abort();
    },
  });
  expect(run.status).toBe("RUNNING");
  await makeStale(run.id);
  return run;
}

async function interrupted(target: TestTarget, run: ApplyRunView) {
  const view = await getApplyRun(target.workspaceId, run.id);
  expect(view?.status).toBe("INTERRUPTED");
  expect(view?.steps.length).toBeGreaterThan(0);
  expect(view?.steps.length).toBeLessThan(27);
  return view;
}

/** Resumes the run as the review page does: with the hash of the plan the admin sees now. */
async function resumeAsReviewed(target: TestTarget, run: ApplyRunView, desired: DesiredConfig) {
  const reviewed = await planTopology({ ...target, desired });
  return resumeApplyRun({ ...target, runId: run.id, desired, expectedPlanHash: reviewed.hash });
}

describe("crash, resume and rollback", () => {
  it.each([1, 5, 12])("resumes a run that died after %i steps: it converges", async (k) => {
    const target = await createTarget(sim());
    const desired = xenMobileDesiredConfig({ nodes: 2 });
    const run = await crashAfter(target, desired, k);
    await interrupted(target, run);

    const resumed = await resumeAsReviewed(target, run, desired);
    expect(resumed.status).toBe("SUCCEEDED");
    expect(resumed.resumeOfId).toBe(run.id);
    expect(resumed.summary?.conflict).toBe(0);
    const plan = await planTopology({ ...target, desired });
    expect(plan.summary.changes).toBe(0);
    expect(plan.summary.conflict).toBe(0);
  });

  it("resumes only the fresh plan the admin reviewed: a stale hash is refused", async () => {
    const target = await createTarget(sim());
    const desired = igelDesiredConfig({ servers: 3 });
    const run = await crashAfter(target, desired, 4);
    await interrupted(target, run);
    const reviewed = await planTopology({ ...target, desired });
    // The run's own plan hash (made before the crash) is not the plan of what is left to do.
    const before = (await getApplyRun(target.workspaceId, run.id))?.options.expectedPlanHash;
    for (const stale of ["0".repeat(64), before ?? "none"]) {
      await expect(
        resumeApplyRun({ ...target, runId: run.id, desired, expectedPlanHash: stale }),
      ).rejects.toMatchObject({ reason: "stale-plan" });
    }
    // The topology changed after the review: the reviewed hash no longer matches either.
    await expect(
      resumeApplyRun({
        ...target,
        runId: run.id,
        desired: igelDesiredConfig({ servers: 2 }),
        expectedPlanHash: reviewed.hash,
      }),
    ).rejects.toMatchObject({ reason: "stale-plan" });
    expect((await getApplyRun(target.workspaceId, run.id))?.status).toBe("INTERRUPTED");

    const resumed = await resumeApplyRun({
      ...target,
      runId: run.id,
      desired,
      expectedPlanHash: reviewed.hash,
    });
    expect(resumed.status).toBe("SUCCEEDED");
    expect(resumed.options).toEqual({
      adopt: [],
      confirmReplace: false,
      saveConfig: true,
      expectedPlanHash: reviewed.hash,
    });
    expect((await planTopology({ ...target, desired })).summary.changes).toBe(0);
  });

  it("resumes with the choices confirmed now, not the interrupted run's", async () => {
    const target = await createTarget(sim());
    const desired = igelDesiredConfig({ servers: 2 });
    const abandon = new AbortController();
    abandon.abort();
    const run = await applyTopology({
      ...target,
      desired,
      abandon: abandon.signal,
      options: { confirmReplace: true, adopt: ["some-object"], saveConfig: false },
    });
    await makeStale(run.id);
    const resumed = await resumeAsReviewed(target, run, desired);
    expect(resumed.options).toMatchObject({ adopt: [], confirmReplace: false, saveConfig: true });
  });

  it("rolls back a run that died: the appliance is as before", async () => {
    const target = await createTarget(sim());
    const before = configFingerprint(sim());
    const run = await crashAfter(target, igelDesiredConfig({ servers: 3 }), 9);
    await interrupted(target, run);

    // Named under another topology, the run is not found and nothing is undone.
    const elsewhere = { ...target, runId: run.id, topologyId: randomUUID() };
    await expect(rollbackApplyRun(elsewhere)).rejects.toMatchObject({ reason: "not-found" });
    await expect(
      resumeApplyRun({
        ...elsewhere,
        desired: igelDesiredConfig({ servers: 3 }),
        expectedPlanHash: "any",
      }),
    ).rejects.toMatchObject({ reason: "not-found" });
    expect((await getApplyRun(target.workspaceId, run.id))?.status).toBe("INTERRUPTED");

    const rolled = await rollbackApplyRun({ ...target, runId: run.id });
    expect(rolled.status).toBe("ROLLED_BACK");
    expect(configFingerprint(sim())).toEqual(before);
    expect(await getDb().appliedObject.count({ where: { topologyId: target.topologyId } })).toBe(0);
    const undos = rolled.steps.filter((s) => s.isUndo);
    expect(undos.length).toBeGreaterThanOrEqual(9);
    await expect(rollbackApplyRun({ ...target, runId: run.id })).rejects.toMatchObject({
      reason: "wrong-state",
    });
  });

  it("re-applying after a crash converges too, without adopting anything", async () => {
    const target = await createTarget(sim());
    const desired = igelDesiredConfig({ servers: 2 });
    const run = await crashAfter(target, desired, 4);
    const again = await applyTopology({ ...target, desired });
    expect(again.status).toBe("SUCCEEDED");
    expect((await getApplyRun(target.workspaceId, run.id))?.status).toBe("INTERRUPTED");
    expect((await planTopology({ ...target, desired })).summary.changes).toBe(0);
  });

  it("keeps a crashed run's lock until its heartbeat is stale", async () => {
    const target = await createTarget(sim());
    const abandon = new AbortController();
    abandon.abort();
    const run = await applyTopology({
      ...target,
      desired: igelDesiredConfig(),
      abandon: abandon.signal,
    });
    expect(run.status).toBe("RUNNING");
    await expect(applyTopology({ ...target, desired: igelDesiredConfig() })).rejects.toMatchObject({
      reason: "busy",
    });
    await makeStale(run.id);
    expect((await applyTopology({ ...target, desired: igelDesiredConfig() })).status).toBe(
      "SUCCEEDED",
    );
    expect((await getApplyRun(target.workspaceId, run.id))?.status).toBe("INTERRUPTED");
  });
});
