// One apply per NetScaler at a time, enforced by the database (partial unique index on the
// device key of RUNNING runs).
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { applyTopology, listApplyRuns, rollbackApplyRun } from "@/lib/apply";
import { igelDesiredConfig } from "@/lib/apply/testing/documents";
import {
  addTopology,
  createTarget,
  makeStale,
  startTestSimulator,
} from "@/lib/apply/testing/harness";
import { getDb } from "@/lib/db/client";

const sim = simulatorPerFile();

describe("apply lock", () => {
  it("refuses a second concurrent apply to the same appliance", async () => {
    const target = await createTarget(sim());
    const other = { ...target, topologyId: await addTopology(target, "Second") };
    sim().control.setFaults({ latencyMs: 15 });
    const results = await Promise.allSettled([
      applyTopology({ ...target, desired: igelDesiredConfig({ prefix: "a" }) }),
      applyTopology({
        ...other,
        desired: igelDesiredConfig({ prefix: "b", vip: "10.10.20.101", addressBase: "10.10.21" }),
      }),
    ]);
    sim().control.clearFaults();
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ reason: { reason: "busy" } });
    const done = results.find((r) => r.status === "fulfilled");
    expect(done?.status === "fulfilled" && done.value.status).toBe("SUCCEEDED");
  });

  it("lets applies to different appliances run side by side", async () => {
    // The lock is per device (tests/integration/apply-device-key.test.ts): two NetScalers.
    const otherBox = await startTestSimulator();
    try {
      const first = await createTarget(sim());
      const second = await createTarget(otherBox);
      const runs = await Promise.all([
        applyTopology({ ...first, desired: igelDesiredConfig({ prefix: "x" }) }),
        applyTopology({
          ...second,
          desired: igelDesiredConfig({ prefix: "y", vip: "10.10.20.102", addressBase: "10.10.21" }),
        }),
      ]);
      expect(runs.map((r) => r.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    } finally {
      await otherBox.close();
    }
  });

  it("takes over the lock of a run whose heartbeat is stale", async () => {
    const target = await createTarget(sim());
    const ghost = await getDb().applyRun.create({
      data: {
        id: randomUUID(),
        workspaceId: target.workspaceId,
        topologyId: target.topologyId,
        applianceId: target.applianceId,
        options: {},
        status: "RUNNING",
      },
    });
    await expect(applyTopology({ ...target, desired: igelDesiredConfig() })).rejects.toMatchObject({
      reason: "busy",
    });
    await expect(rollbackApplyRun({ ...target, runId: ghost.id })).rejects.toMatchObject({
      reason: "wrong-state",
    });
    await makeStale(ghost.id);
    const run = await applyTopology({ ...target, desired: igelDesiredConfig() });
    expect(run.status).toBe("SUCCEEDED");
    const history = await listApplyRuns(target.workspaceId, { topologyId: target.topologyId });
    expect(history.map((r) => r.status)).toEqual(["SUCCEEDED", "INTERRUPTED"]);
  });
});
