// A write that fails at any step rolls back everything the run changed: the simulator holds
// exactly what it held before. Faults come from the simulator's own fault switches.
import fc from "fast-check";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { describe, expect, it } from "vitest";
import { applyTopology, planTopology } from "@/lib/apply";
import { igelDesiredConfig, xenMobileDesiredConfig } from "@/lib/apply/testing/documents";
import { applyWithFaults, expectRolledBackOn } from "@/lib/apply/testing/faults";
import { configFingerprint, createTarget } from "@/lib/apply/testing/harness";
import { getDb } from "@/lib/db/client";

const sim = simulatorPerFile();

const owned = (topologyId: string) => getDb().appliedObject.count({ where: { topologyId } });

describe("rollback on failure", () => {
  it("restores the appliance when the Nth write of a fresh apply fails (any N)", async () => {
    const desired = xenMobileDesiredConfig({ nodes: 2 });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: desired.objects.length }), async (n) => {
        sim().control.reset();
        const target = await createTarget(sim());
        const before = configFingerprint(sim());
        const run = await applyWithFaults(sim(), { failNthWrite: n }, { ...target, desired });
        expect(run.status).toBe("ROLLED_BACK");
        expect(run.error).toContain("rolled back");
        expect(configFingerprint(sim())).toEqual(before);
        expect(await owned(target.topologyId)).toBe(0);
        const failed = run.steps.filter((s) => s.result === "FAILED");
        expect(failed.length).toBeGreaterThanOrEqual(1);
        expect(failed[0]?.errorcode).toBe(1239);
        const done = run.steps.filter((s) => !s.isUndo && s.result === "OK").length;
        expect(run.steps.filter((s) => s.isUndo && s.result === "OK")).toHaveLength(done);
        expect(run.configSaved).toBe(false);
      }),
      { numRuns: 5 },
    );
  });

  it("restores updated attributes, deleted and replaced objects of an edit", async () => {
    const a = igelDesiredConfig({ servers: 3, timeout: 5 });
    // 15 writes: 4 deletes (ums3 and its members), 8 for replacing ums1 (it moves to a new
    // address: members unbound, server deleted and re-created, members bound), 3 updates.
    const b = igelDesiredConfig({ servers: 2, timeout: 10, firstAddress: "10.10.20.31" });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 15 }), async (n) => {
        sim().control.reset();
        const target = await createTarget(sim());
        expect((await applyTopology({ ...target, desired: a })).status).toBe("SUCCEEDED");
        const afterA = configFingerprint(sim());
        const run = await applyWithFaults(
          sim(),
          { failNthWrite: n },
          { ...target, desired: b, options: { confirmReplace: true } },
        );
        expect(run.status).toBe("ROLLED_BACK");
        expect(configFingerprint(sim())).toEqual(afterA);
        const replan = await planTopology({ ...target, desired: a });
        expect(replan.summary.changes).toBe(0);
      }),
      { numRuns: 5 },
    );
  });

  it("rolls back when every write to one resource fails", async () => {
    const target = await createTarget(sim());
    const before = configFingerprint(sim());
    const run = await applyWithFaults(
      sim(),
      { failWritesTo: ["lbvserver_servicegroup_binding"] },
      { ...target, desired: igelDesiredConfig() },
    );
    expectRolledBackOn(run, "lbvserver_servicegroup_binding");
    expect(configFingerprint(sim())).toEqual(before);
  });

  it("records an undo step for each change, newest first", async () => {
    const target = await createTarget(sim());
    const run = await applyWithFaults(
      sim(),
      { failWritesTo: ["dnsaddrec"] },
      { ...target, desired: igelDesiredConfig({ servers: 1 }) },
    );
    const undos = run.steps.filter((s) => s.isUndo);
    const originals = undos.map((u) => u.undoOfSeq ?? 0);
    expect(originals).toEqual([...originals].sort((x, y) => y - x));
    expect(undos.every((u) => u.action === "delete" && u.result === "OK")).toBe(true);
  });
});
