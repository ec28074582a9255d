// Bulk updates, binds and actions against the simulator over real HTTP: one request for many
// objects, each item's outcome reported (HTTP 207 when one failed), the others applied.
import { describe, expect, it } from "vitest";
import { rejection } from "./testing/sim";
import { simulatorPerFile } from "./testing/simulator-per-file";

const lab = simulatorPerFile({ client: true });

async function twoServers(): Promise<void> {
  await lab.client.add("server", { name: "ums1", ipaddress: "10.10.20.11" });
  await lab.client.add("server", { name: "ums2", ipaddress: "10.10.20.12" });
}

describe("bulk writes", () => {
  it("updates many objects in one PUT and reports the item that failed", async () => {
    await twoServers();
    lab.sim.control.resetCounters();
    const result = await lab.client.updateBulk(
      "server",
      [
        { name: "ums1", comment: "one" },
        { name: "missing", comment: "x" },
        { name: "ums2", comment: "two" },
      ],
      { onError: "continue" },
    );
    expect(lab.sim.control.counters()["PUT config/server"]).toBe(1);
    expect(result.ok).toBe(false);
    expect(result.items.map((item) => item.status)).toEqual(["ok", "failed", "ok"]);
    expect((await lab.client.getServer("ums1"))?.comment).toBe("one");
    expect((await lab.client.getServer("ums2"))?.comment).toBe("two");
  });

  it("runs one action on many objects in one request", async () => {
    await twoServers();
    lab.sim.control.resetCounters();
    const result = await lab.client.actionBulk("server", "disable", [
      { name: "ums1" },
      { name: "ums2" },
    ]);
    expect(result).toMatchObject({ ok: true });
    expect(lab.sim.control.counters()["POST config/server"]).toBe(1);
    expect((await lab.client.getServer("ums1"))?.enabled).toBe(false);
    expect((await lab.client.getServer("ums2"))?.enabled).toBe(false);
    // Saving is not a bulk action: it belongs to saveConfig.
    expect((await rejection(lab.client.actionBulk("nsconfig", "save", [{}]))).kind).toBe(
      "bad_request",
    );
  });

  it("binds many in one PUT", async () => {
    await twoServers();
    await lab.client.add("servicegroup", { servicegroupname: "sg", servicetype: "TCP" });
    const result = await lab.client.bindBulk("servicegroup_servicegroupmember_binding", [
      { servicegroupname: "sg", servername: "ums1", port: 30001 },
      { servicegroupname: "sg", servername: "ums2", port: 30001 },
    ]);
    expect(result.ok).toBe(true);
    expect(await lab.client.getServiceGroupMembers("sg")).toHaveLength(2);
  });
});
