// Verify after apply, against the simulator over HTTP and a real database: a successful apply
// is followed by a check that every vserver came UP with all members, recorded on the run
// (settled); a member that stays DOWN makes the check
// not_settled once its (short) time is up, naming the vserver and the member; a refused or
// failed apply records no verification; APPLY_VERIFY_SECONDS=0 turns it off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTopology, getApplyRun, type ApplyRunView } from "@/lib/apply";
import { igelDocument } from "@/lib/apply/testing/documents";
import { createTarget, SIM_PASSWORD, type TestTarget } from "@/lib/apply/testing/harness";
import { verifyAfter } from "@/lib/apply/verify/after-apply";
import { verifyApplyRun } from "@/lib/apply/verify/verify-run";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { compile } from "@/lib/topology";

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ probeIntervalMs: 60_000, password: SIM_PASSWORD });
});

afterAll(async () => {
  await sim.close();
});

const desired = compile(igelDocument({ servers: 2 }));

function applyWithVerification(
  target: TestTarget,
  options: Parameters<typeof verifyAfter>[2],
  seen: (runId: string) => void = () => undefined,
): Promise<ApplyRunView> {
  const starter = verifyAfter(
    (onRunStarted) => applyTopology({ ...target, desired, onRunStarted }),
    { workspaceId: target.workspaceId, desired },
    options,
  );
  return starter(seen);
}

async function storedRun(target: TestTarget, runId: string): Promise<ApplyRunView> {
  const run = await getApplyRun(target.workspaceId, runId);
  if (!run) throw new Error("run vanished");
  return run;
}

describe("verify after apply", () => {
  it("records a settled verification once every vserver is UP with all members", async () => {
    sim.control.reset();
    const target = await createTarget(sim, "verify-settled");
    const run = await applyWithVerification(target, { limitSeconds: 5, everyMs: 100 });
    expect(run.status).toBe("SUCCEEDED");
    const stored = await storedRun(target, run.id);
    const verification = stored.verification;
    expect(verification).toMatchObject({ outcome: "settled", limitSeconds: 5, error: null });
    expect(verification?.checks).toBeGreaterThanOrEqual(1);
    expect(verification?.finishedAt).not.toBeNull();
    expect(verification?.vservers.map((v) => [v.name, v.state, v.up]).sort()).toEqual([
      ["igel_vs_30001", "UP", true],
      ["igel_vs_8443", "UP", true],
      ["igel_vs_9080", "UP", true],
    ]);
    expect(verification?.vservers.every((v) => v.activeMembers === 2 && v.totalMembers === 2)).toBe(
      true,
    );
  });

  it("names the vserver and the member that stayed DOWN when the time is up", async () => {
    sim.control.reset();
    const target = await createTarget(sim, "verify-down");
    const run = await applyTopology({ ...target, desired });
    expect(run.status).toBe("SUCCEEDED");
    expect(
      sim.control.setMemberState({
        servicegroupname: "igel_sg_8443",
        servername: "igel_srv_ums2",
        state: "DOWN",
      }),
    ).toBe(1);
    try {
      const verification = await verifyApplyRun({
        workspaceId: target.workspaceId,
        topologyId: target.topologyId,
        applianceId: target.applianceId,
        runId: run.id,
        desired,
        limitSeconds: 1,
        everyMs: 200,
      });
      expect(verification.outcome).toBe("not_settled");
      expect(verification.checks).toBeGreaterThanOrEqual(2);
      const notUp = verification.vservers.filter((v) => !v.up);
      expect(notUp.map((v) => v.name)).toEqual(["igel_vs_8443"]);
      expect(notUp[0]).toMatchObject({ activeMembers: 1, totalMembers: 2 });
      expect(notUp[0]?.members.find((m) => m.state !== "UP")).toMatchObject({
        server: "igel_srv_ums2",
        port: 8443,
        state: "DOWN",
      });
      expect((await storedRun(target, run.id)).verification).toEqual(verification);
    } finally {
      sim.control.setMemberState({ servicegroupname: "igel_sg_8443", state: null });
    }
  });

  it("records no verification for an apply that was refused, and none when turned off", async () => {
    sim.control.reset();
    const target = await createTarget(sim, "verify-refused");
    // A plan hash the fresh plan cannot have: refused as stale after the run exists.
    const staleStarter = verifyAfter(
      (onRunStarted) =>
        applyTopology({
          ...target,
          desired,
          onRunStarted,
          options: { expectedPlanHash: "not-the-plan" },
        }),
      { workspaceId: target.workspaceId, desired },
      { limitSeconds: 5, everyMs: 100 },
    );
    let staleRunId: string | undefined;
    await expect(staleStarter((id) => (staleRunId = id))).rejects.toThrow(/changed since/);
    expect(staleRunId).toBeDefined();
    expect((await storedRun(target, staleRunId ?? "")).verification).toBeNull();

    const off = await applyWithVerification(target, { limitSeconds: 0 });
    expect(off.status).toBe("SUCCEEDED");
    expect((await storedRun(target, off.id)).verification).toBeNull();
  });
});
