// Every operation against the simulator over real HTTP.
import { beforeEach, describe, expect, it } from "vitest";
import { rejection } from "./testing/sim";
import { simulatorPerFile } from "./testing/simulator-per-file";

const lab = simulatorPerFile({ client: true });

const addServer = (name: string, ipaddress: string) =>
  lab.client.add("server", { name, ipaddress });

describe("objects", () => {
  it("adds, reads, updates, counts and deletes a server", async () => {
    await addServer("ums1", "10.10.20.11");
    expect(await lab.client.get("server", "ums1")).toMatchObject({
      name: "ums1",
      ipaddress: "10.10.20.11",
    });
    expect(await lab.client.getServer("ums1")).toEqual({
      name: "ums1",
      ipAddress: "10.10.20.11",
      domain: undefined,
      enabled: true,
      comment: undefined,
      td: 0,
    });
    await lab.client.update("server", { name: "ums1", comment: "UMS node 1" });
    expect((await lab.client.getServer("ums1"))?.comment).toBe("UMS node 1");
    await addServer("ums2", "10.10.20.12");
    expect(await lab.client.count("server")).toBe(2);
    await lab.client.remove("server", "ums1");
    expect(await lab.client.find("server", "ums1")).toBeNull();
    expect((await lab.client.getServers()).map((s) => s.name)).toEqual(["ums2"]);
  });

  it("reads an empty list (no key on the wire) as []", async () => {
    expect(await lab.client.getAll("server")).toEqual([]);
    expect(await lab.client.getServers()).toEqual([]);
    expect(await lab.client.count("server")).toBe(0);
  });

  it("round-trips names with spaces, slashes and #", async () => {
    await addServer("web 1/a#b", "10.10.20.13");
    expect((await lab.client.getServer("web 1/a#b"))?.ipAddress).toBe("10.10.20.13");
    await lab.client.remove("server", "web 1/a#b");
    expect(await lab.client.getServer("web 1/a#b")).toBeNull();
  });

  it("filters and limits attributes on the appliance", async () => {
    await addServer("a", "10.10.20.11");
    await addServer("b", "10.10.20.12");
    const rows = await lab.client.getAll("server", {
      filter: { ipaddress: "10.10.20.12" },
      attrs: ["name"],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toBe("b");
    expect(rows[0]?.ipaddress).toBeUndefined();
  });

  it("runs enable/disable actions", async () => {
    await addServer("a", "10.10.20.11");
    await lab.client.action("server", "disable", { name: "a" });
    expect((await lab.client.getServer("a"))?.enabled).toBe(false);
    await lab.client.action("server", "enable", { name: "a" });
    expect((await lab.client.getServer("a"))?.enabled).toBe(true);
  });
});

describe("error classes", () => {
  it("missing object: not_found, HTTP 404, errorcode 258", async () => {
    const error = await rejection(lab.client.get("server", "nope"));
    expect(error).toMatchObject({
      kind: "not_found",
      httpStatus: 404,
      errorcode: 258,
      method: "GET",
    });
    expect(error.resource).toBe("server");
  });

  it("duplicate add: already_exists, HTTP 409, errorcode 273", async () => {
    await addServer("a", "10.10.20.11");
    const error = await rejection(addServer("a", "10.10.20.99"));
    expect(error).toMatchObject({ kind: "already_exists", httpStatus: 409, errorcode: 273 });
    expect(error.method).toBe("POST");
  });

  it("deleting a server that is still a member: in_use", async () => {
    await addServer("a", "10.10.20.11");
    await lab.client.add("servicegroup", { servicegroupname: "sg", servicetype: "TCP" });
    await lab.client.bind("servicegroup_servicegroupmember_binding", {
      servicegroupname: "sg",
      servername: "a",
      port: 30001,
    });
    const error = await rejection(lab.client.remove("server", "a"));
    expect(error.kind).toBe("in_use");
    expect(error.errorcode).toBe(1070);
  });

  it("invalid payload: bad_request", async () => {
    const error = await rejection(lab.client.add("server", { name: "x", ipaddress: "not-an-ip" }));
    expect(error.kind).toBe("bad_request");
    expect(error.httpStatus).toBe(400);
  });
});

describe("service groups, members and monitors", () => {
  beforeEach(async () => {
    await addServer("ums1", "10.10.20.11");
    await addServer("ums2", "10.10.20.12");
    await lab.client.add("servicegroup", {
      servicegroupname: "sg_30001",
      servicetype: "TCP",
      usip: "YES",
    });
    await lab.client.add("servicegroup", {
      servicegroupname: "sg_8443",
      servicetype: "TCP",
      usip: "NO",
    });
    for (const [sg, port] of [
      ["sg_30001", 30001],
      ["sg_8443", 8443],
    ] as const) {
      for (const servername of ["ums1", "ums2"]) {
        await lab.client.bind("servicegroup_servicegroupmember_binding", {
          servicegroupname: sg,
          servername,
          port,
        });
      }
    }
  });

  it("reads groups with booleans and members of one group or all groups (bulkbindings)", async () => {
    const groups = await lab.client.getServiceGroups();
    expect(groups.find((g) => g.name === "sg_30001")).toMatchObject({
      usip: true,
      serviceType: "TCP",
    });
    expect(groups.find((g) => g.name === "sg_8443")?.usip).toBe(false);
    const one = await lab.client.getServiceGroupMembers("sg_30001");
    expect(one.map((m) => [m.serverName, m.port])).toEqual([
      ["ums1", 30001],
      ["ums2", 30001],
    ]);
    expect(typeof one[0]?.weight).toBe("number");
    const all = await lab.client.getServiceGroupMembers();
    expect(all).toHaveLength(4);
    expect(new Set(all.map((m) => m.serviceGroupName))).toEqual(new Set(["sg_30001", "sg_8443"]));
  });

  it("unbinds a member by composite args", async () => {
    await lab.client.unbind("servicegroup_servicegroupmember_binding", "sg_30001", {
      servername: "ums2",
      port: 30001,
    });
    expect((await lab.client.getServiceGroupMembers("sg_30001")).map((m) => m.serverName)).toEqual([
      "ums1",
    ]);
  });

  it("binds a monitor and refuses to delete it while bound", async () => {
    await lab.client.add("lbmonitor", { monitorname: "mon_tcp", type: "TCP", interval: 5 });
    await lab.client.bind("servicegroup_lbmonitor_binding", {
      servicegroupname: "sg_30001",
      monitor_name: "mon_tcp",
    });
    expect(await lab.client.getServiceGroupMonitorBindings("sg_30001")).toContainEqual(
      expect.objectContaining({ monitorName: "mon_tcp", monitorEnabled: true }),
    );
    expect((await lab.client.getLbMonitor("mon_tcp"))?.interval).toBe(5);
    const error = await rejection(lab.client.remove("lbmonitor", "mon_tcp", { type: "TCP" }));
    expect(error.kind).toBe("in_use");
    await lab.client.unbind("servicegroup_lbmonitor_binding", "sg_30001", {
      monitor_name: "mon_tcp",
    });
    await lab.client.remove("lbmonitor", "mon_tcp", { type: "TCP" });
    expect(await lab.client.getLbMonitor("mon_tcp")).toBeNull();
  });

  it("duplicate bind: already_exists", async () => {
    const error = await rejection(
      lab.client.bind("servicegroup_servicegroupmember_binding", {
        servicegroupname: "sg_30001",
        servername: "ums1",
        port: 30001,
      }),
    );
    expect(error.kind).toBe("already_exists");
  });

  it("vserver with live state, bindings and stats", async () => {
    await lab.client.add("lbvserver", {
      name: "vs_30001",
      servicetype: "TCP",
      ipv46: "10.10.20.100",
      port: 30001,
      persistencetype: "SOURCEIP",
      timeout: 5,
    });
    await lab.client.bind("lbvserver_servicegroup_binding", {
      name: "vs_30001",
      servicegroupname: "sg_30001",
    });
    lab.sim.control.setMemberState({
      servicegroupname: "sg_30001",
      servername: "ums2",
      state: "DOWN",
    });
    lab.sim.control.setMemberState({
      servicegroupname: "sg_30001",
      servername: "ums1",
      state: "UP",
    });

    const [vs] = await lab.client.getLbVservers({
      attrs: ["name", "curstate", "effectivestate", "health", "activeservices", "totalservices"],
    });
    expect(vs).toMatchObject({ name: "vs_30001", currentState: "up", health: 50 });
    expect(vs?.activeServices).toBe(1);
    expect(vs?.totalServices).toBe(2);
    expect((await lab.client.getLbVserver("vs_30001"))?.timeout).toBe(5);
    expect(await lab.client.getLbVserverServiceGroupBindings()).toEqual([
      {
        vserverName: "vs_30001",
        serviceGroupName: "sg_30001",
        weight: undefined,
        order: undefined,
      },
    ]);

    const [stat] = await lab.client.getLbVserverStats("vs_30001");
    expect(stat).toMatchObject({ state: "up", health: 50, activeServices: 1, inactiveServices: 1 });
    const [group] = await lab.client.getServiceGroupStats("sg_30001", { members: true });
    expect(group?.members.map((m) => [m.serverName, m.port, m.state])).toEqual([
      ["ums1", 30001, "up"],
      ["ums2", 30001, "down"],
    ]);
    const member = await lab.client.getServiceGroupMemberStats({
      serviceGroupName: "sg_30001",
      serverName: "ums2",
      port: 30001,
    });
    expect(member).toMatchObject({ state: "down", ipAddress: "10.10.20.12", totalRequests: 0 });
    const members = await lab.client.getServiceGroupMembers("sg_30001");
    expect(members.map((m) => m.state)).toEqual(["up", "down"]);
  });
});

describe("bulk add (X-NITRO-ONERROR)", () => {
  const servers = [
    { name: "a", ipaddress: "10.10.20.11" },
    { name: "dup", ipaddress: "10.10.20.12" },
    { name: "c", ipaddress: "10.10.20.13" },
  ];

  beforeEach(() => addServer("dup", "10.10.20.99"));

  it("continue: reports each item from the 207 response", async () => {
    const result = await lab.client.addBulk("server", servers, { onError: "continue" });
    expect(result.ok).toBe(false);
    expect(result.items.map((i) => i.status)).toEqual(["ok", "failed", "ok"]);
    expect(result.items[1]).toMatchObject({ errorcode: 273 });
    expect((await lab.client.getServers()).map((s) => s.name).sort()).toEqual(["a", "c", "dup"]);
  });

  it("exit: stops at the failure and keeps earlier items", async () => {
    const result = await lab.client.addBulk("server", servers, { onError: "exit" });
    expect(result.items.map((i) => i.status)).toEqual(["ok", "failed", "not_attempted"]);
    expect((await lab.client.getServers()).map((s) => s.name).sort()).toEqual(["a", "dup"]);
  });

  it("rollback: undoes earlier items", async () => {
    const result = await lab.client.addBulk("server", servers, { onError: "rollback" });
    expect(result).toMatchObject({ ok: false, rolledBack: true });
    expect(result.items.map((i) => i.status)).toEqual(["rolled_back", "failed", "not_attempted"]);
    expect((await lab.client.getServers()).map((s) => s.name)).toEqual(["dup"]);
  });

  it("all good: 201 and every item ok", async () => {
    const result = await lab.client.addBulk("server", [servers[0] ?? {}, servers[2] ?? {}]);
    expect(result).toEqual({
      ok: true,
      rolledBack: false,
      items: [
        { index: 0, status: "ok" },
        { index: 1, status: "ok" },
      ],
    });
  });
});
