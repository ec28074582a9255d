// One NetScaler is one device, however many appliance rows point at it: the device key
// (normalised host, explicit port, partition) is computed by the database for every row, and
// the apply lock and object ownership are keyed on it, across workspaces.
import { describe, expect, it } from "vitest";
import { applyTopology, planTopology } from "@/lib/apply";
import { igelDesiredConfig } from "@/lib/apply/testing/documents";
import { createTarget } from "@/lib/apply/testing/harness";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { getDb } from "@/lib/db/client";

const sim = simulatorPerFile();

async function deviceKey(baseUrl: string, partition: string | null): Promise<string> {
  const rows = await getDb().$queryRaw<{ key: string }[]>`
    SELECT netscaler_device_key(${baseUrl}, ${partition}) AS key`;
  return rows[0]?.key ?? "";
}

describe("device key", () => {
  it.each([
    ["https://ns.example.com", null, "ns.example.com:443|default"],
    ["https://NS.Example.COM", null, "ns.example.com:443|default"],
    ["https://ns.example.com:443", "", "ns.example.com:443|default"],
    ["HTTPS://ns.example.com:0443/", null, "ns.example.com:443|default"],
    ["https://ns.example.com./nitro/v1", null, "ns.example.com:443|default"],
    ["http://ns.example.com", null, "ns.example.com:80|default"],
    ["http://ns.example.com:80", null, "ns.example.com:80|default"],
    ["https://ns.example.com:8443", null, "ns.example.com:8443|default"],
    ["https://10.0.0.10", null, "10.0.0.10:443|default"],
    ["https://[2001:DB8:0:0:0:0:0:1]", null, "[2001:db8::1]:443|default"],
    ["https://[2001:db8::0:1]:443", null, "[2001:db8::1]:443|default"],
    ["http://[::1]:9080", null, "[::1]:9080|default"],
    ["https://[0:0:0:0:0:0:0:1]", null, "[::1]:443|default"],
    ["https://ns.example.com", "tenant-a", "ns.example.com:443|tenant-a"],
  ])("%s (partition %s) is %s", async (baseUrl, partition, expected) => {
    expect(await deviceKey(baseUrl, partition)).toBe(expected);
  });

  it("is stored on every appliance row and kept in sync when the row changes", async () => {
    const first = await createTarget(sim());
    const second = await createTarget(sim());
    const db = getDb();
    const rows = await db.appliance.findMany({
      where: { id: { in: [first.applianceId, second.applianceId] } },
      select: { deviceKey: true },
    });
    const port = new URL(sim().url).port;
    expect(rows.map((row) => row.deviceKey)).toEqual([
      `127.0.0.1:${port}|default`,
      `127.0.0.1:${port}|default`,
    ]);
    await db.appliance.update({
      where: { id: second.applianceId },
      data: { baseUrl: "https://LOCALHOST", partition: "p1" },
    });
    const changed = await db.appliance.findUniqueOrThrow({
      where: { id: second.applianceId },
      select: { deviceKey: true },
    });
    expect(changed.deviceKey).toBe("localhost:443|p1");
  });
});

describe("one apply per device, across appliance rows and workspaces", () => {
  it("refuses a second apply to the same NetScaler through another workspace's row", async () => {
    const first = await createTarget(sim(), "First");
    const second = await createTarget(sim(), "Second");
    expect(second.workspaceId).not.toBe(first.workspaceId);
    expect(second.applianceId).not.toBe(first.applianceId);
    sim().control.setFaults({ latencyMs: 40 });
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const firstRun = applyTopology({
      ...first,
      desired: igelDesiredConfig({ prefix: "a" }),
      onRunStarted: () => started(),
    });
    await running;
    await expect(
      applyTopology({
        ...second,
        desired: igelDesiredConfig({ prefix: "b", vip: "10.10.20.101", addressBase: "10.10.21" }),
      }),
    ).rejects.toMatchObject({
      reason: "busy",
      message:
        "Another apply to this appliance is running. Wait for it to finish, then plan again.",
    });
    sim().control.clearFaults();
    expect((await firstRun).status).toBe("SUCCEEDED");
    // Once the first has finished, the device is free again.
    const after = await applyTopology({
      ...second,
      desired: igelDesiredConfig({ prefix: "b", vip: "10.10.20.101", addressBase: "10.10.21" }),
    });
    expect(after.status).toBe("SUCCEEDED");
  });

  it("shows another workspace's objects as owned elsewhere: not adoptable, no ids", async () => {
    const first = await createTarget(sim(), "First");
    const second = await createTarget(sim(), "Second");
    const desired = igelDesiredConfig({ prefix: "a" });
    expect((await applyTopology({ ...first, desired })).status).toBe("SUCCEEDED");
    const plan = await planTopology({ ...second, desired });
    const conflicts = plan.items.filter((item) => item.action === "conflict");
    expect(conflicts.length).toBeGreaterThan(0);
    for (const conflict of conflicts) {
      expect(conflict).toMatchObject({ adoptable: false, ownedByTopologyId: "another-workspace" });
    }
    expect(JSON.stringify(plan)).not.toContain(first.topologyId);
  });
});
