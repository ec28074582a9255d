import { describe, expect, it } from "vitest";
import { simulatorWithClientPerFile } from "./testing/client-per-file";
import { TestNitro } from "./testing/nitro-client";
import { untilHeld } from "./testing/until-held";

const lab = simulatorWithClientPerFile();

const addServer = (name: string, ip: string) => lab.nitro.add("server", { name, ipaddress: ip });

describe("holding a write in flight", () => {
  it("holds the next write to one resource unanswered until released, then processes it", async () => {
    lab.sim.control.setFaults({ holdNextWriteTo: "server" });
    expect((await lab.nitro.add("lbvserver", { name: "v", servicetype: "TCP" })).status).toBe(201);
    const pending = addServer("a", "10.10.20.11");
    const held = await untilHeld(lab.sim);
    expect(held).toEqual([
      { method: "POST", type: "server", name: undefined, heldForMs: expect.any(Number) },
    ]);
    // Received, counted, not applied; reads and other writes still go through.
    expect(lab.sim.control.counters()["POST config/server"]).toBe(1);
    expect(await lab.nitro.rows("config/server")).toEqual([]);
    expect(lab.sim.control.faults().holdNextWriteTo).toBeNull();
    expect(lab.sim.control.releaseHeld()).toBe(1);
    expect((await pending).status).toBe(201);
    expect(await lab.nitro.rows("config/server")).toHaveLength(1);
    // Only the next write was held.
    expect((await addServer("b", "10.10.20.12")).status).toBe(201);
  });

  it("processes a held write even when its client has gone, as an appliance does", async () => {
    lab.sim.control.setFaults({ holdNextWriteTo: "server" });
    const gone = new AbortController();
    const pending = fetch(`${lab.sim.url}/nitro/v1/config/server`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: lab.nitro.cookie ?? "" },
      body: JSON.stringify({ server: { name: "late", ipaddress: "10.10.20.13" } }),
      signal: gone.signal,
    });
    await untilHeld(lab.sim);
    gone.abort();
    await expect(pending).rejects.toThrow();
    lab.sim.control.releaseHeld("process");
    await expect.poll(() => lab.nitro.rows("config/server")).toHaveLength(1);
  });

  it("drops a held write unprocessed on request, on reset, and releases it when faults clear", async () => {
    lab.sim.control.setFaults({ holdNextWriteTo: "server" });
    const dropped = addServer("a", "10.10.20.11");
    await untilHeld(lab.sim);
    expect(lab.sim.control.releaseHeld("drop")).toBe(1);
    await expect(dropped).rejects.toThrow();

    lab.sim.control.setFaults({ holdNextWriteTo: "server" });
    const reset = addServer("b", "10.10.20.12");
    await untilHeld(lab.sim);
    lab.sim.control.reset();
    await expect(reset).rejects.toThrow();
    expect(lab.sim.control.heldRequests()).toEqual([]);
    await lab.nitro.login();
    expect(await lab.nitro.rows("config/server")).toEqual([]);

    lab.sim.control.setFaults({ holdNextWriteTo: "server" });
    const cleared = addServer("c", "10.10.20.13");
    await untilHeld(lab.sim);
    lab.sim.control.clearFaults();
    expect((await cleared).status).toBe(201);
  });

  it("is driven over HTTP too: the fault, the held list and the release", async () => {
    const ctl = (method: string, path: string, body?: unknown) =>
      lab.nitro.call(method, `/__sim/${path}`, body);
    expect((await ctl("POST", "faults", { holdNextWriteTo: "server" })).json).toMatchObject({
      holdNextWriteTo: "server",
    });
    const pending = addServer("a", "10.10.20.11");
    await untilHeld(lab.sim);
    expect((await ctl("GET", "held")).json).toMatchObject([{ method: "POST", type: "server" }]);
    expect((await ctl("GET", "state")).json.held).toHaveLength(1);
    expect((await ctl("POST", "held/release", { how: "later" })).status).toBe(400);
    expect((await ctl("POST", "held/release", {})).json).toEqual({ released: 1 });
    expect((await pending).status).toBe(201);
  });
});

describe("sessions expiring at a chosen request", () => {
  it("kills every session just before the Nth request, once", async () => {
    const other = new TestNitro(lab.sim.url);
    await other.login();
    lab.sim.control.setFaults({ expireSessionsAtRequest: 2 });
    expect((await lab.nitro.get("config/nsversion")).status).toBe(200);
    const second = await other.get("config/nsversion");
    expect([second.status, second.json.errorcode]).toEqual([401, 444]);
    expect(lab.sim.control.snapshot().sessions).toBe(0);
    expect(lab.sim.control.faults().expireSessionsAtRequest).toBeNull();
    await lab.nitro.login();
    expect((await lab.nitro.get("config/nsversion")).status).toBe(200);
    expect(
      (await lab.nitro.call("POST", "/__sim/faults", { expireSessionsAtRequest: 0 })).status,
    ).toBe(400);
  });
});
