import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RunningSimulator, SimulatorOptions } from "./index";
import { eventually, startWithClient, type TestNitro } from "./testing/nitro-client";

let sim: RunningSimulator | undefined;
let backend: Server | undefined;
afterEach(async () => {
  await sim?.close();
  await new Promise<void>((r) => (backend ? backend.close(() => r()) : r()));
  sim = undefined;
  backend = undefined;
});

async function listen(): Promise<number> {
  backend = createServer((socket) => socket.destroy());
  await new Promise<void>((r) => backend?.listen(0, "127.0.0.1", () => r()));
  return (backend.address() as AddressInfo).port;
}

async function start(options: SimulatorOptions = {}): Promise<TestNitro> {
  const started = await startWithClient({ probeIntervalMs: 100, ...options });
  sim = started.sim;
  return started.nitro;
}

async function lbSetup(
  nitro: TestNitro,
  ip: string,
  port: number,
  extraMembers = 0,
): Promise<void> {
  await nitro.add("server", { name: "ums01", ipaddress: ip });
  await nitro.add("servicegroup", { servicegroupname: "sg", servicetype: "TCP" });
  await nitro.put("servicegroup_servicegroupmember_binding", {
    servicegroupname: "sg",
    servername: "ums01",
    port,
  });
  for (let i = 0; i < extraMembers; i += 1) {
    await nitro.add("server", { name: `ums1${i}`, ipaddress: `10.10.20.2${i}` });
    await nitro.put("servicegroup_servicegroupmember_binding", {
      servicegroupname: "sg",
      servername: `ums1${i}`,
      port,
    });
  }
  await nitro.add("lbvserver", {
    name: "vs",
    servicetype: "TCP",
    ipv46: "10.10.20.100",
    port: 30001,
  });
  await nitro.put("lbvserver_servicegroup_binding", { name: "vs", servicegroupname: "sg" });
}

const svrstate = async (nitro: TestNitro) =>
  (
    await nitro.rows("config/servicegroup_servicegroupmember_binding/sg?attrs=servername,svrstate")
  )[0]?.svrstate;

describe("member state from loopback probes", () => {
  it("goes UP while a local listener accepts and DOWN after it closes", async () => {
    const nitro = await start();
    const port = await listen();
    await lbSetup(nitro, "127.0.0.1", port);
    await eventually(async () => expect(await svrstate(nitro)).toBe("UP"));
    expect(
      await nitro.rows("config/lbvserver/vs?attrs=curstate,health,activeservices,totalservices"),
    ).toEqual([{ curstate: "UP", health: "100", activeservices: "1", totalservices: "1" }]);
    const upSince = (await nitro.rows("config/lbvserver/vs"))[0]?.tickssincelaststatechange;

    await new Promise<void>((r) => backend?.close(() => r()));
    backend = undefined;
    // Two 100 ms probe intervals, plus slack for a busy CI machine.
    await eventually(async () => expect(await svrstate(nitro)).toBe("DOWN"), 350);
    const [vs] = await nitro.rows(
      "config/lbvserver/vs?attrs=curstate,effectivestate,health,tickssincelaststatechange",
    );
    expect(vs).toMatchObject({ curstate: "DOWN", effectivestate: "DOWN", health: "0" });
    expect(Number(vs?.tickssincelaststatechange)).toBeLessThan(Number(upSince) + 50);
  });

  it("never probes non-loopback or FQDN members: they are simulated UP", async () => {
    const probe = vi.fn(() => Promise.resolve(false));
    const nitro = await start({ probe });
    await lbSetup(nitro, "10.10.20.11", 30001, 2);
    await nitro.add("server", { name: "xms-fqdn", domain: "xms01.corp.local" });
    await nitro.put("servicegroup_servicegroupmember_binding", {
      servicegroupname: "sg",
      servername: "xms-fqdn",
      port: 30001,
    });
    await sim?.control.probeNow();
    await new Promise((r) => setTimeout(r, 250));
    expect(probe).not.toHaveBeenCalled();
    expect(await nitro.rows("config/lbvserver/vs?attrs=curstate,health,totalservices")).toEqual([
      { curstate: "UP", health: "100", totalservices: "4" },
    ]);
  });

  it("only ever hands loopback endpoints to the probe", async () => {
    const probe = vi.fn(() => Promise.resolve(true));
    const nitro = await start({ probe });
    await lbSetup(nitro, "127.0.0.1", 65000, 2);
    await nitro.add("server", { name: "v6", ipaddress: "::1" });
    await nitro.put("servicegroup_servicegroupmember_binding", {
      servicegroupname: "sg",
      servername: "v6",
      port: 65001,
    });
    await sim?.control.probeNow();
    await eventually(async () => expect(await svrstate(nitro)).toBe("UP"));
    const hosts = new Set(probe.mock.calls.map((c: unknown[]) => c[0]));
    expect([...hosts].sort()).toEqual(["127.0.0.1", "::1"]);
  });

  it("derives vserver health from member states and forced states", async () => {
    const nitro = await start();
    await lbSetup(nitro, "10.10.20.11", 30001, 3);
    expect(sim?.control.setMemberState({ servername: "ums10", state: "DOWN" })).toBe(1);
    expect(
      await nitro.rows("config/lbvserver/vs?attrs=curstate,health,activeservices,totalservices"),
    ).toEqual([{ curstate: "UP", health: "75", activeservices: "3", totalservices: "4" }]);
    expect(await nitro.rows("config/servicegroup/sg?attrs=servicegroupeffectivestate")).toEqual([
      { servicegroupeffectivestate: "PARTIAL-UP" },
    ]);
    sim?.control.setMemberState({ servicegroupname: "sg", state: "DOWN" });
    expect(await nitro.rows("config/lbvserver/vs?attrs=curstate,health")).toEqual([
      { curstate: "DOWN", health: "0" },
    ]);
    sim?.control.setMemberState({ servicegroupname: "sg", state: null });
    expect(await nitro.rows("config/lbvserver/vs?attrs=curstate")).toEqual([{ curstate: "UP" }]);
    sim?.control.setVserverState({ name: "vs", state: "DOWN" });
    expect(await nitro.rows("config/lbvserver/vs?attrs=curstate")).toEqual([{ curstate: "DOWN" }]);
  });

  it("puts disabled members and vservers OUT OF SERVICE", async () => {
    const nitro = await start();
    await lbSetup(nitro, "10.10.20.11", 30001);
    await nitro.action("servicegroup", "disable", {
      servicegroupname: "sg",
      servername: "ums01",
      port: 30001,
    });
    expect(await svrstate(nitro)).toBe("OUT OF SERVICE");
    expect(await nitro.rows("config/lbvserver/vs?attrs=curstate")).toEqual([{ curstate: "DOWN" }]);
    await nitro.action("servicegroup", "enable", {
      servicegroupname: "sg",
      servername: "ums01",
      port: 30001,
    });
    await nitro.action("lbvserver", "disable", { name: "vs" });
    expect(await nitro.rows("config/lbvserver/vs?attrs=curstate")).toEqual([
      { curstate: "OUT OF SERVICE" },
    ]);
    expect(await nitro.rows("stat/lbvserver/vs?attrs=state")).toEqual([{ state: "OFS" }]);
  });
});

describe("statistics", () => {
  it("reports lbvserver, servicegroup, member and ns stats with string counters", async () => {
    const nitro = await start();
    await lbSetup(nitro, "10.10.20.11", 30001, 1);
    sim?.control.setMemberState({ servername: "ums10", state: "DOWN" });
    const [vs] = await nitro.rows("stat/lbvserver/vs");
    expect(vs).toMatchObject({
      name: "vs",
      state: "UP",
      vslbhealth: "50",
      actsvcs: "1",
      inactsvcs: "1",
      totalrequests: "0",
      requestsrate: 0,
      primaryipaddress: "10.10.20.100",
      primaryport: 30001,
    });
    const groups = await nitro.get("stat/servicegroup/sg?statbindings=yes");
    const nested = (
      groups.json.servicegroup as { servicegroupmember: Record<string, unknown>[] }[]
    )[0]?.servicegroupmember;
    expect(nested).toEqual([
      expect.objectContaining({
        servicegroupname: "sg?ums01?30001",
        state: "UP",
        primaryipaddress: "10.10.20.11",
      }),
      expect.objectContaining({ servicegroupname: "sg?ums10?30001", state: "DOWN" }),
    ]);
    const member = await nitro.rows(
      "stat/servicegroupmember?args=servicegroupname:sg,servername:ums10,port:30001",
    );
    expect(member).toEqual([
      expect.objectContaining({ servicegroupname: "sg", servername: "ums10", state: "DOWN" }),
    ]);
    const byIp = await nitro.rows(
      "stat/servicegroupmember?args=servicegroupname:sg,ip:10.10.20.11,port:30001",
    );
    expect(byIp[0]?.state).toBe("UP");
    const noPort = await nitro.get(
      "stat/servicegroupmember?args=servicegroupname:sg,servername:ums10",
    );
    expect([noPort.status, noPort.json.errorcode]).toEqual([400, 1095]);
    const ns = await nitro.get("stat/ns");
    expect(ns.json.ns).toMatchObject({ hacurmasterstate: "PRIMARY", hacurstate: "UP" });
  });
});
