// Ownership: conflicts are refused unless adopted, adopted objects are released (not
// deleted), objects this topology did not create are never deleted, another topology's
// objects are never adoptable. Plus the other refusals: missing references, unconfirmed
// replace, a stale reviewed plan, an HA secondary.
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { describe, expect, it } from "vitest";
import { applyTopology, planTopology } from "@/lib/apply";
import { igelDesiredConfig, xenMobileDesiredConfig } from "@/lib/apply/testing/documents";
import {
  addTopology,
  configFingerprint,
  createTarget,
  SIM_PASSWORD,
} from "@/lib/apply/testing/harness";
import { getDb } from "@/lib/db/client";
import { getNitroClient } from "@/lib/nitro";

const sim = simulatorPerFile();

async function addOnAppliance(resource: string, payload: Record<string, unknown>) {
  const client = getNitroClient({
    baseUrl: sim().url,
    username: "nsroot",
    password: SIM_PASSWORD,
    tls: { mode: "insecure" },
  });
  try {
    await client.add(resource, payload);
  } finally {
    await client.dispose();
  }
}

const UMS1 = "server/igel_srv_ums1";

describe("conflicts and adoption", () => {
  it("refuses an object it did not create, adopts it on request, and later releases it", async () => {
    await addOnAppliance("server", { name: "igel_srv_ums1", ipaddress: "10.10.20.11" });
    const target = await createTarget(sim());
    const desired = igelDesiredConfig({ servers: 2 });
    const plan = await planTopology({ ...target, desired });
    expect(plan.items.find((i) => i.id === UMS1)).toMatchObject({
      action: "conflict",
      adoptable: true,
    });

    const before = configFingerprint(sim());
    await expect(applyTopology({ ...target, desired })).rejects.toMatchObject({
      reason: "blocked",
      details: { blockers: [{ kind: "conflict", ids: [UMS1] }] },
    });
    expect(configFingerprint(sim())).toEqual(before);
    const refused = await getDb().applyRun.findFirst({ where: { topologyId: target.topologyId } });
    expect(refused?.status).toBe("FAILED");

    const run = await applyTopology({ ...target, desired, options: { adopt: [UMS1] } });
    expect(run.status).toBe("SUCCEEDED");
    expect(run.steps.find((s) => s.objectId === UMS1)).toMatchObject({
      action: "adopt",
      result: "OK",
    });
    const row = await getDb().appliedObject.findFirst({
      where: { topologyId: target.topologyId, objectId: UMS1 },
    });
    expect(row?.adopted).toBe(true);

    // ums1 leaves the topology: its members are deleted (created here), the server is released.
    const smaller = igelDesiredConfig({ servers: 1, serverNames: ["ums2"] });
    const next = await applyTopology({ ...target, desired: smaller });
    expect(next.status).toBe("SUCCEEDED");
    expect(next.steps.filter((s) => s.action === "delete")).toHaveLength(3);
    const servers = sim().control.snapshot().config.partitions.default?.server ?? [];
    expect(servers.map((s) => s.name).sort()).toEqual(["igel_srv_ums1", "igel_srv_ums2"]);
    const gone = await getDb().appliedObject.findFirst({
      where: { topologyId: target.topologyId, objectId: UMS1 },
    });
    expect(gone).toBeNull();
  });

  it("never deletes objects it did not create", async () => {
    await addOnAppliance("server", { name: "not_ours", ipaddress: "10.10.99.1" });
    const target = await createTarget(sim());
    await applyTopology({ ...target, desired: igelDesiredConfig({ servers: 3 }) });
    const run = await applyTopology({ ...target, desired: { objects: [] } });
    expect(run.status).toBe("SUCCEEDED");
    const tables = sim().control.snapshot().config.partitions.default ?? {};
    expect((tables.server ?? []).map((s) => s.name)).toEqual(["not_ours"]);
    expect(tables.lbvserver ?? []).toEqual([]);
  });

  it("never lets a topology adopt another topology's object", async () => {
    const target = await createTarget(sim());
    const desired = igelDesiredConfig({ servers: 1 });
    await applyTopology({ ...target, desired });
    const otherId = await addTopology(target, "Other");
    const other = { ...target, topologyId: otherId };
    const plan = await planTopology({ ...other, desired, adopt: [UMS1] });
    expect(plan.items.find((i) => i.id === UMS1)).toMatchObject({
      action: "conflict",
      adoptable: false,
      ownedByTopologyId: target.topologyId,
    });
    await expect(
      applyTopology({ ...other, desired, options: { adopt: [UMS1] } }),
    ).rejects.toMatchObject({
      reason: "blocked",
    });
  });
});

describe("other refusals", () => {
  it("refuses missing certificates and Gateway vservers before changing anything", async () => {
    const target = await createTarget(sim());
    const before = configFingerprint(sim());
    const desired = xenMobileDesiredConfig({ certificate: "no-such-cert", gateway: "no_gateway" });
    const error: unknown = await applyTopology({ ...target, desired }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      reason: "blocked",
      details: { blockers: [{ kind: "missing-reference" }] },
    });
    expect(String((error as Error).message)).toContain('sslcertkey "no-such-cert"');
    expect(configFingerprint(sim())).toEqual(before);
  });

  it("needs confirmation to delete and re-create", async () => {
    const target = await createTarget(sim());
    await applyTopology({ ...target, desired: igelDesiredConfig() });
    const moved = igelDesiredConfig({ firstAddress: "10.10.20.41" });
    const before = configFingerprint(sim());
    await expect(applyTopology({ ...target, desired: moved })).rejects.toMatchObject({
      reason: "blocked",
      details: { blockers: [{ kind: "replace-unconfirmed" }] },
    });
    expect(configFingerprint(sim())).toEqual(before);
    const run = await applyTopology({
      ...target,
      desired: moved,
      options: { confirmReplace: true },
    });
    expect(run.status).toBe("SUCCEEDED");
  });

  it("refuses when the appliance changed since the reviewed plan", async () => {
    const target = await createTarget(sim());
    const desired = igelDesiredConfig();
    const reviewed = await planTopology({ ...target, desired });
    await addOnAppliance("server", { name: "igel_srv_ums2", ipaddress: "10.10.20.12" });
    await expect(
      applyTopology({ ...target, desired, options: { expectedPlanHash: reviewed.hash } }),
    ).rejects.toMatchObject({ reason: "stale-plan" });
    const fresh = await planTopology({ ...target, desired, adopt: ["server/igel_srv_ums2"] });
    const run = await applyTopology({
      ...target,
      desired,
      options: { expectedPlanHash: fresh.hash, adopt: ["server/igel_srv_ums2"] },
    });
    expect(run.status).toBe("SUCCEEDED");
  });

  it("refuses an HA secondary before the first write", async () => {
    const target = await createTarget(sim());
    sim().control.setFaults({ secondary: true });
    const before = configFingerprint(sim());
    await expect(applyTopology({ ...target, desired: igelDesiredConfig() })).rejects.toMatchObject({
      reason: "secondary",
    });
    sim().control.clearFaults();
    expect(configFingerprint(sim())).toEqual(before);
  });
});
