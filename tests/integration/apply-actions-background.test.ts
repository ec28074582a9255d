// The review page's apply, resume and rollback actions start the run and answer with its id at
// once; the work goes on in the server process and the run records how it ended. With a slow
// appliance (the simulator's latency control) the run is still RUNNING when the action returns.
import { describe, expect, it, vi } from "vitest";
import { getApplyRun, planTopology } from "@/lib/apply";
import { igelDocument } from "@/lib/apply/testing/documents";
import type { TestTarget } from "@/lib/apply/testing/harness";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { compile } from "@/lib/topology";
import { validateWizard } from "@/lib/wizard/validate";
import { crashedRun, reviewableTarget } from "../support/review-page-runs";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

const { applyTopologyAction, resumeApplyRunAction, rollbackApplyRunAction } =
  await import("@/app/(app)/topologies/[id]/review/actions");

const sim = simulatorPerFile();
const document = () => igelDocument({ servers: 2 });
// The admin ticked "I have read the warnings" on Review (the unticked prerequisites).
const acknowledgedWarnings = validateWizard(document()).warnings.length;
const SLOW_MS = 120;

const reviewable = () => reviewableTarget(sim(), "background", document());

const crashOf = (target: TestTarget) => crashedRun(target, document());

const runIdOf = (result: { ok: true; data: { runId: string } } | { ok: false; error: string }) => {
  if (!result.ok) throw new Error(result.error);
  return result.data.runId;
};

/** The action has answered: the run must still be going, then end as `status`. */
async function runsOnAfterAnswer(target: TestTarget, runId: string, status: string) {
  expect((await getApplyRun(target.workspaceId, runId))?.status).toBe("RUNNING");
  sim().control.clearFaults();
  for (let tries = 0; tries < 400; tries++) {
    const run = await getApplyRun(target.workspaceId, runId);
    if (run && run.status !== "RUNNING") {
      expect(run.status).toBe(status);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`run ${runId} did not finish`);
}

describe("apply, resume and rollback actions run in the background", () => {
  it("apply answers before the run finishes, and the run then finishes", async () => {
    const target = await reviewable();
    const plan = await planTopology({ ...target, desired: compile(document()) });
    sim().control.setFaults({ latencyMs: SLOW_MS });
    const runId = runIdOf(
      await applyTopologyAction({
        topologyId: target.topologyId,
        expectedPlanHash: plan.hash,
        acknowledgedWarnings,
      }),
    );
    await runsOnAfterAnswer(target, runId, "SUCCEEDED");
  });

  it("resume answers before the run finishes, and the run then finishes", async () => {
    const target = await reviewable();
    const crashed = await crashOf(target);
    const plan = await planTopology({ ...target, desired: compile(document()) });
    sim().control.setFaults({ latencyMs: SLOW_MS });
    const runId = runIdOf(
      await resumeApplyRunAction({
        topologyId: target.topologyId,
        runId: crashed.id,
        expectedPlanHash: plan.hash,
      }),
    );
    expect(runId).not.toBe(crashed.id);
    await runsOnAfterAnswer(target, runId, "SUCCEEDED");
  });

  it("rollback answers before the run finishes, and the run then finishes", async () => {
    const target = await reviewable();
    const crashed = await crashOf(target);
    sim().control.setFaults({ latencyMs: SLOW_MS });
    const runId = runIdOf(
      await rollbackApplyRunAction({ topologyId: target.topologyId, runId: crashed.id }),
    );
    expect(runId).toBe(crashed.id);
    await runsOnAfterAnswer(target, runId, "ROLLED_BACK");
  });

  it("a resume of a plan that changed since the review ends as a clear refusal", async () => {
    const target = await reviewable();
    const crashed = await crashOf(target);
    const runId = runIdOf(
      await resumeApplyRunAction({
        topologyId: target.topologyId,
        runId: crashed.id,
        expectedPlanHash: "0".repeat(64),
      }),
    );
    for (let tries = 0; tries < 400; tries++) {
      const run = await getApplyRun(target.workspaceId, runId);
      if (run && run.status !== "RUNNING") {
        expect(run.status).toBe("FAILED");
        expect(run.error).toMatch(/changed since this plan was made\. Review the new plan/);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("the refused resume did not end");
  });
});
