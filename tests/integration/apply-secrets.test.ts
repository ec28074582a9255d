// Secrets (a monitor password, the appliance's own password) never reach a plan, a step
// record, an ownership record, a run or an audit event — whether the apply works or fails.
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { describe, expect, it } from "vitest";
import { applyTopology, getApplyRun, planTopology } from "@/lib/apply";
import { igelDesiredConfig } from "@/lib/apply/testing/documents";
import { applyWithFaults } from "@/lib/apply/testing/faults";
import { createTarget, SIM_PASSWORD, type TestTarget } from "@/lib/apply/testing/harness";
import { getDb } from "@/lib/db/client";
import type { DesiredConfig, DesiredObject } from "@/lib/topology";

const sim = simulatorPerFile();

const SECRET = "Monitor-Secret-Pw-91x";

function withSecretMonitor(password: string): DesiredConfig {
  const base = igelDesiredConfig({ servers: 1 });
  const monitor: DesiredObject = {
    id: "lbmonitor/igel_db_mon",
    resource: "lbmonitor",
    identity: { monitorname: "igel_db_mon" },
    attributes: { monitorname: "igel_db_mon", type: "MYSQL", username: "probe", password },
    immutable: ["type"],
    secrets: ["password"],
    dependsOn: [],
    label: "Monitor igel_db_mon (MYSQL)",
  };
  const binding: DesiredObject = {
    id: "servicegroup_lbmonitor_binding/igel_sg_8443/igel_db_mon",
    resource: "servicegroup_lbmonitor_binding",
    identity: { servicegroupname: "igel_sg_8443", monitor_name: "igel_db_mon" },
    attributes: { servicegroupname: "igel_sg_8443", monitor_name: "igel_db_mon" },
    immutable: ["servicegroupname", "monitor_name"],
    dependsOn: ["servicegroup/igel_sg_8443", monitor.id],
    label: "Monitor igel_db_mon on igel_sg_8443",
  };
  return { objects: [monitor, ...base.objects, binding] };
}

async function everythingStored(target: TestTarget): Promise<string> {
  const db = getDb();
  const [runs, steps, owned, audit] = await Promise.all([
    db.applyRun.findMany({ where: { topologyId: target.topologyId } }),
    db.applyStep.findMany({ where: { run: { topologyId: target.topologyId } } }),
    db.appliedObject.findMany({ where: { topologyId: target.topologyId } }),
    db.auditEvent.findMany({ where: { workspaceId: target.workspaceId } }),
  ]);
  return JSON.stringify({ runs, steps, owned, audit });
}

function expectNoSecret(text: string): void {
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(`${SECRET}-2`);
  expect(text).not.toContain(SIM_PASSWORD);
}

describe("secrets", () => {
  it("stay out of plans, steps, runs, ownership and audit records", async () => {
    const target = await createTarget(sim());
    const desired = withSecretMonitor(SECRET);
    const plan = await planTopology({ ...target, desired });
    expectNoSecret(JSON.stringify(plan));

    const run = await applyTopology({ ...target, desired });
    expect(run.status).toBe("SUCCEEDED");
    expectNoSecret(JSON.stringify(run));
    expectNoSecret(JSON.stringify(await getApplyRun(target.workspaceId, run.id)));
    const monitors = sim().control.snapshot().config.partitions.default?.lbmonitor ?? [];
    expect(monitors.find((m) => m.monitorname === "igel_db_mon")?.password).toBe(SECRET);

    // Unchanged secret: nothing to do. Changed secret: an update that shows only masks.
    expect((await planTopology({ ...target, desired })).summary.changes).toBe(0);
    const changed = withSecretMonitor(`${SECRET}-2`);
    const replan = await planTopology({ ...target, desired: changed });
    expect(replan.items.find((i) => i.id === "lbmonitor/igel_db_mon")?.changes).toEqual([
      { name: "password", from: "********", to: "********", immutable: false, secret: true },
    ]);
    expectNoSecret(JSON.stringify(replan));
    const update = await applyTopology({ ...target, desired: changed });
    expect(update.status).toBe("SUCCEEDED");
    expect(update.driftAfter).toBe(0);
    expectNoSecret(await everythingStored(target));
  });

  it("stay out of the records of a failed, rolled-back apply", async () => {
    const target = await createTarget(sim());
    const run = await applyWithFaults(
      sim(),
      { failWritesTo: ["servicegroup_lbmonitor_binding"] },
      { ...target, desired: withSecretMonitor(SECRET) },
    );
    expect(run.status).toBe("ROLLED_BACK");
    expectNoSecret(JSON.stringify(run));
    expectNoSecret(await everythingStored(target));
  });
});
