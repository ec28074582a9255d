// The monitor view of members (servicegroup_servicegroupentitymonbindings_binding) and the HA
// pair role: what the status poller reads to say why a member is DOWN and which node it talks to.
import { createServer, type AddressInfo, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { RunningSimulator } from "./index";
import { eventually, startWithClient, type TestNitro } from "./testing/nitro-client";

const MONBINDINGS = "servicegroup_servicegroupentitymonbindings_binding";

let sim: RunningSimulator | undefined;
let backend: Server | undefined;
afterEach(async () => {
  await sim?.close();
  await new Promise<void>((r) => (backend ? backend.close(() => r()) : r()));
  sim = undefined;
  backend = undefined;
});

async function start(): Promise<TestNitro> {
  const started = await startWithClient({ probeIntervalMs: 100 });
  sim = started.sim;
  return started.nitro;
}

async function listen(): Promise<number> {
  backend = createServer((socket) => socket.destroy());
  await new Promise<void>((r) => backend?.listen(0, "127.0.0.1", () => r()));
  return (backend.address() as AddressInfo).port;
}

async function group(nitro: TestNitro, port: number): Promise<void> {
  await nitro.add("server", { name: "loop", ipaddress: "127.0.0.1" });
  await nitro.add("server", { name: "far", ipaddress: "10.10.20.21" });
  await nitro.add("servicegroup", { servicegroupname: "sg", servicetype: "TCP" });
  for (const servername of ["loop", "far"])
    await nitro.put("servicegroup_servicegroupmember_binding", {
      servicegroupname: "sg",
      servername,
      port,
    });
}

const rowOf = (rows: Record<string, unknown>[], server: string) =>
  rows.find((r) => r.servicegroupentname2 === server);

describe("member monitor bindings", () => {
  it("says a stopped loopback member's monitor is DOWN with the reset it received", async () => {
    const nitro = await start();
    const port = await listen();
    await group(nitro, port);
    const up = await eventually(async () => {
      const rows = await nitro.rows(`config/${MONBINDINGS}/sg`);
      expect(rowOf(rows, "loop")?.monitor_state).toBe("UP");
      return rows;
    });
    expect(rowOf(up, "loop")).toMatchObject({
      servicegroupname: "sg",
      port,
      monitor_name: "tcp-default",
      lastresponse: "Success - TCP syn+ack received.",
    });
    await new Promise<void>((r) => backend?.close(() => r()));
    backend = undefined;
    const down = await eventually(async () => {
      const rows = await nitro.rows(`config/${MONBINDINGS}?bulkbindings=yes`);
      expect(rowOf(rows, "loop")?.monitor_state).toBe("DOWN");
      return rows;
    });
    expect(rowOf(down, "loop")?.lastresponse).toBe("Failure - TCP syn sent, reset received.");
    expect(rowOf(down, "far")).toMatchObject({ monitor_state: "UP" });
  });

  it("lists every monitor bound to the group and explains a forced DOWN", async () => {
    const nitro = await start();
    await group(nitro, 8443);
    await nitro.put("servicegroup_lbmonitor_binding", {
      servicegroupname: "sg",
      monitor_name: "https",
    });
    sim?.control.setMemberState({ servicegroupname: "sg", servername: "far", state: "DOWN" });
    const rows = (await nitro.rows(`config/${MONBINDINGS}/sg`)).filter(
      (r) => r.servicegroupentname2 === "far",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      monitor_name: "https",
      monitor_state: "DOWN",
      lastresponse: "Failure - Time out during TCP connection establishment stage",
    });
  });

  it("wants bulkbindings=yes or a group name, and a group that exists", async () => {
    const nitro = await start();
    expect((await nitro.get(`config/${MONBINDINGS}`)).json.errorcode).toBe(1095);
    expect((await nitro.get(`config/${MONBINDINGS}/nosuch`)).json.errorcode).toBe(258);
  });
});

describe("HA pair", () => {
  it("plays the primary of a pair: a Secondary peer row in hanode", async () => {
    const nitro = await start();
    sim?.control.setFaults({ haPair: true });
    const rows = await nitro.rows("config/hanode");
    expect(rows.map((r) => [String(r.id), r.state])).toEqual([
      ["0", "Primary"],
      ["1", "Secondary"],
    ]);
    expect((await nitro.rows("stat/hanode"))[0]).toMatchObject({ hacurstatus: "YES" });
  });
});
