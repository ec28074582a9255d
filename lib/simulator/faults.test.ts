import { describe, expect, it } from "vitest";
import { startSimulator } from "./index";
import { simulatorWithClientPerFile } from "./testing/client-per-file";
import { TestNitro } from "./testing/nitro-client";

const lab = simulatorWithClientPerFile();

const addServer = (name: string, ip: string) => lab.nitro.add("server", { name, ipaddress: ip });

describe("faults on demand", () => {
  it("adds latency to NITRO responses", async () => {
    lab.sim.control.setFaults({ latencyMs: 150 });
    const t0 = Date.now();
    await lab.nitro.get("config/nshostname");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it("fails writes at the configured rate with a NITRO error, leaving reads alone", async () => {
    lab.sim.control.setFaults({ writeErrorRate: 1 });
    const reply = await addServer("a", "10.10.20.11");
    expect(reply.status).toBe(599);
    expect(reply.json).toMatchObject({ errorcode: 1239, severity: "ERROR" });
    expect((await lab.nitro.get("config/server")).status).toBe(200);
    lab.sim.control.setFaults({ writeErrorRate: 0 });
    expect((await addServer("a", "10.10.20.11")).status).toBe(201);
  });

  it("fails exactly the Nth write, once", async () => {
    lab.sim.control.setFaults({ failNthWrite: 2 });
    expect((await addServer("a", "10.10.20.11")).status).toBe(201);
    expect((await addServer("b", "10.10.20.12")).status).toBe(599);
    expect((await addServer("b", "10.10.20.12")).status).toBe(201);
    expect(lab.sim.control.faults().failNthWrite).toBeNull();
  });

  it("counts bulk items as writes, so a bulk rollback can be made to fail mid-way", async () => {
    lab.sim.control.setFaults({ failNthWrite: 2 });
    const reply = await lab.nitro.call(
      "POST",
      "/nitro/v1/config/server",
      {
        server: [
          { name: "a", ipaddress: "10.10.20.11" },
          { name: "b", ipaddress: "10.10.20.12" },
        ],
      },
      { "X-NITRO-ONERROR": "rollback" },
    );
    expect(reply.status).toBe(207);
    expect(await lab.nitro.rows("config/server")).toEqual([]);
  });

  it("fails every write to the chosen resources", async () => {
    lab.sim.control.setFaults({ failWritesTo: ["lbvserver_servicegroup_binding"] });
    await lab.nitro.add("lbvserver", { name: "v", servicetype: "TCP" });
    await lab.nitro.add("servicegroup", { servicegroupname: "sg", servicetype: "TCP" });
    const bind = await lab.nitro.put("lbvserver_servicegroup_binding", {
      name: "v",
      servicegroupname: "sg",
    });
    expect([bind.status, bind.json.errorcode]).toEqual([599, 1239]);
  });

  it("kills sessions: the next call answers 401/444", async () => {
    const other = new TestNitro(lab.sim.url);
    await other.login();
    expect(lab.sim.control.expireSessions()).toBeGreaterThanOrEqual(2);
    const reply = await other.get("config/lbvserver");
    expect([reply.status, reply.json.errorcode]).toEqual([401, 444]);
    await lab.nitro.login();
  });

  it("drops connections without an answer", async () => {
    lab.sim.control.setFaults({ dropNextRequests: 1 });
    await expect(lab.nitro.get("config/nsversion")).rejects.toThrow();
    expect((await lab.nitro.get("config/nsversion")).status).toBe(200);
  });

  it("plays the HA secondary: writes refused with 368 naming the primary", async () => {
    lab.sim.control.setFaults({ secondary: true });
    const reply = await addServer("a", "10.10.20.11");
    expect(reply.json.errorcode).toBe(368);
    expect(String(reply.json.message)).toMatch(/primary node.*10\.0\.0\.11/);
    expect(await lab.nitro.rows("config/hanode?attrs=id,state,ipaddress")).toEqual([
      { id: "0", state: "Secondary", ipaddress: "10.0.0.10" },
      { id: "1", state: "Primary", ipaddress: "10.0.0.11" },
    ]);
    expect((await lab.nitro.get("stat/ns")).json.ns).toMatchObject({
      hacurmasterstate: "SECONDARY",
    });
    expect((await lab.nitro.get("stat/hanode")).json.hanode).toMatchObject({
      hacurstatus: "YES",
      hacurmasterstate: "SECONDARY",
    });
    expect((await lab.nitro.action("nsconfig", "save", {})).status).toBe(200);
  });
});

describe("counters", () => {
  it("counts requests by method and resource until reset", async () => {
    lab.sim.control.resetCounters();
    await lab.nitro.get("config/lbvserver");
    await lab.nitro.get("config/lbvserver?attrs=name");
    await lab.nitro.get("stat/lbvserver");
    await addServer("a", "10.10.20.11");
    expect(lab.sim.control.counters()).toEqual({
      total: 4,
      "GET config/lbvserver": 2,
      "GET stat/lbvserver": 1,
      "POST config/server": 1,
    });
    lab.sim.control.resetCounters();
    expect(lab.sim.control.counters()).toEqual({ total: 0 });
  });
});

describe("control endpoint over HTTP", () => {
  it("exposes counters, faults, member states, sessions, reset and state", async () => {
    const ctl = (method: string, path: string, body?: unknown) =>
      lab.nitro.call(method, `/__sim/${path}`, body);
    await ctl("POST", "counters/reset");
    await lab.nitro.get("config/server");
    expect((await ctl("GET", "counters")).json).toEqual({ total: 1, "GET config/server": 1 });

    const faults = await ctl("POST", "faults", { latencyMs: 5, failWritesTo: ["server"] });
    expect(faults.json).toMatchObject({ latencyMs: 5, failWritesTo: ["server"] });
    expect((await ctl("POST", "faults", { latencyMs: -1 })).status).toBe(400);
    expect((await ctl("POST", "faults", { bogus: true })).status).toBe(400);
    expect((await ctl("POST", "faults/reset")).json).toMatchObject({
      latencyMs: 0,
      failWritesTo: [],
    });

    await addServer("ums01", "10.10.20.11");
    await lab.nitro.add("servicegroup", { servicegroupname: "sg", servicetype: "TCP" });
    await lab.nitro.put("servicegroup_servicegroupmember_binding", {
      servicegroupname: "sg",
      servername: "ums01",
      port: 1,
    });
    const forced = await ctl("POST", "members/state", {
      servicegroupname: "sg",
      port: 1,
      state: "DOWN",
    });
    expect(forced.json).toEqual({ matched: 1 });
    const state = await ctl("GET", "state");
    expect(state.json).toMatchObject({ configChanged: true });
    expect(state.json.members).toEqual([
      expect.objectContaining({
        servername: "ums01",
        state: "DOWN",
        forced: "DOWN",
        probed: false,
      }),
    ]);
    expect((await ctl("POST", "members/state", { state: "UP" })).status).toBe(400);

    expect((await ctl("POST", "sessions/expire")).json).toMatchObject({
      expired: expect.any(Number),
    });
    await lab.nitro.login();
    expect((await ctl("POST", "reset")).json).toEqual({ ok: true });
    expect(await lab.nitro.rows("config/server")).toEqual([]);
    expect((await ctl("GET", "nothing-here")).status).toBe(404);
  });

  it("requires x-sim-control-token when started with one", async () => {
    const guarded = await startSimulator({ controlToken: "t0ken" });
    try {
      const client = new TestNitro(guarded.url);
      expect((await client.call("GET", "/__sim/counters")).status).toBe(401);
      expect(
        (await client.call("GET", "/__sim/counters", undefined, { "x-sim-control-token": "nope" }))
          .status,
      ).toBe(401);
      const ok = await client.call("GET", "/__sim/counters", undefined, {
        "x-sim-control-token": "t0ken",
      });
      expect(ok.status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
