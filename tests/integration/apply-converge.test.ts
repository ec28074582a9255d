// Apply on the simulator over real HTTP, then plan again: nothing left to change. And an edited
// topology converges: the appliance ends up holding exactly the new objects plus its seed.
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { describe, expect, it } from "vitest";
import { applyTopology, getApplyRun, planTopology } from "@/lib/apply";
import { configFingerprint, createTarget, type TestTarget } from "@/lib/apply/testing/harness";
import { igelDesiredConfig, xenMobileDesiredConfig } from "@/lib/apply/testing/documents";
import type { DesiredConfig } from "@/lib/topology";

const sim = simulatorPerFile();

async function applyAndReplan(target: TestTarget, desired: DesiredConfig) {
  const run = await applyTopology({ ...target, desired, options: { confirmReplace: true } });
  const plan = await planTopology({ ...target, desired });
  return { run, plan };
}

describe("apply converges", () => {
  it.each([
    ["IGEL UMS", () => igelDesiredConfig({ servers: 3 })],
    ["XenMobile", () => xenMobileDesiredConfig({ nodes: 3 })],
  ])("%s: apply, then a fresh plan shows zero changes", async (_name, build) => {
    const target = await createTarget(sim());
    const desired = build();
    const first = await planTopology({ ...target, desired });
    expect(first.summary.create).toBe(desired.objects.length);

    const steps: string[] = [];
    const run = await applyTopology({
      ...target,
      desired,
      onStep: (step) => steps.push(`${step.seq}:${step.result}`),
    });
    expect(run.status).toBe("SUCCEEDED");
    expect(run.error).toBeNull();
    expect(run.configSaved).toBe(true);
    expect(run.driftAfter).toBe(0);
    expect(run.steps).toHaveLength(desired.objects.length);
    expect(run.steps.every((s) => s.result === "OK" && s.action === "create")).toBe(true);
    expect(steps.filter((s) => s.endsWith(":OK"))).toHaveLength(desired.objects.length);
    expect(sim().control.snapshot().configChanged).toBe(false);

    const again = await planTopology({ ...target, desired });
    expect(again.summary).toMatchObject({
      changes: 0,
      conflict: 0,
      unchanged: desired.objects.length,
    });
    const rerun = await applyTopology({ ...target, desired });
    expect(rerun.status).toBe("SUCCEEDED");
    expect(rerun.steps).toHaveLength(0);
  });

  it("applies the dependency order: a binding is never sent before both of its ends", async () => {
    const target = await createTarget(sim());
    const desired = xenMobileDesiredConfig();
    const run = await applyTopology({ ...target, desired });
    const position = new Map(run.steps.map((s) => [s.objectId, s.seq]));
    for (const object of desired.objects) {
      for (const dependency of object.dependsOn) {
        expect(position.get(dependency) ?? 0).toBeLessThan(position.get(object.id) ?? 0);
      }
    }
  });

  it("apply A then B leaves exactly B's objects (plus the seed)", async () => {
    const a = igelDesiredConfig({ servers: 3, timeout: 5 });
    const b = igelDesiredConfig({
      servers: 2,
      timeout: 10,
      disabledPorts: [9080],
      firstAddress: "10.10.20.21",
      dnsRecord: false,
    });
    const target = await createTarget(sim());
    expect((await applyAndReplan(target, a)).run.status).toBe("SUCCEEDED");
    const { run, plan } = await applyAndReplan(target, b);
    expect(run.status).toBe("SUCCEEDED");
    expect(run.summary).toMatchObject({ update: 2, replace: 3 });
    expect(plan.summary.changes).toBe(0);
    const afterAB = configFingerprint(sim());

    sim().control.reset();
    const fresh = await createTarget(sim());
    expect((await applyAndReplan(fresh, b)).run.status).toBe("SUCCEEDED");
    expect(afterAB).toEqual(configFingerprint(sim()));
  });

  it("getApplyRun is scoped to the workspace", async () => {
    const target = await createTarget(sim());
    const run = await applyTopology({ ...target, desired: igelDesiredConfig({ servers: 1 }) });
    expect(await getApplyRun(target.workspaceId, run.id)).toMatchObject({ id: run.id });
    const other = await createTarget(sim());
    expect(await getApplyRun(other.workspaceId, run.id)).toBeNull();
  });

  it("leaves the configuration unsaved when asked to", async () => {
    const target = await createTarget(sim());
    const desired = igelDesiredConfig({ servers: 1 });
    const run = await applyTopology({ ...target, desired, options: { saveConfig: false } });
    expect(run).toMatchObject({
      status: "SUCCEEDED",
      configSaved: false,
      options: { saveConfig: false },
    });
    expect(sim().control.snapshot().configChanged).toBe(true);
  });
});
