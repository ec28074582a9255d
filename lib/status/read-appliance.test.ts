// What one poll reads, against the simulator over real HTTP: the request count per poll (login
// included), why a DOWN member is down, the HA reading shared with the connection test, and the
// certificates' days to expiry.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  getNitroClient,
  testConnection,
  type ApplianceConnection,
  type NitroClient,
} from "@/lib/nitro";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { memberKey } from "./keys";
import type { SystemRead } from "./poll-reads";
import { readAppliance, type ApplianceRead } from "./read-appliance";

let sim: RunningSimulator;
let admin: NitroClient;
let conn: ApplianceConnection;

const UP_KEY = memberKey("rd_sg", "rd_s1", 443);
const DOWN_KEY = memberKey("rd_sg", "rd_s2", 443);

beforeAll(async () => {
  // Members on 10.x are never contacted: UP unless forced DOWN through the control API.
  sim = await startSimulator({ host: "127.0.0.1", port: 0, probeIntervalMs: 60_000 });
  conn = {
    baseUrl: sim.url,
    username: "nsroot",
    password: "nsroot",
    tls: { mode: "verify" },
    timeoutMs: 5_000,
  };
  admin = getNitroClient(conn);
  await admin.add("server", { name: "rd_s1", ipaddress: "10.99.0.1" });
  await admin.add("server", { name: "rd_s2", ipaddress: "10.99.0.2" });
  await admin.add("servicegroup", { servicegroupname: "rd_sg", servicetype: "TCP" });
  await admin.add("lbvserver", {
    name: "rd_vs",
    servicetype: "TCP",
    ipv46: "10.99.1.1",
    port: 443,
  });
  for (const servername of ["rd_s1", "rd_s2"])
    await admin.bind("servicegroup_servicegroupmember_binding", {
      servicegroupname: "rd_sg",
      servername,
      port: 443,
    });
  await admin.bind("lbvserver_servicegroup_binding", { name: "rd_vs", servicegroupname: "rd_sg" });
});

beforeEach(() => {
  sim.control.setMemberState({ servicegroupname: "rd_sg", state: null });
  sim.control.setFaults({ secondary: false, haPair: false });
});

afterAll(async () => {
  await admin.dispose();
  await sim.close();
});

let sessions = 0;

/**
 * A poller's own client on a session of its own (no retries; a distinct timeout keeps the pool
 * from handing back an earlier test's session), so its first poll logs in.
 */
function pollClient(): NitroClient {
  return getNitroClient({ ...conn, retries: 0, timeoutMs: 4_000 + ++sessions });
}

async function counted(
  client: NitroClient,
  system: SystemRead,
): Promise<{ read: ApplianceRead; requests: number }> {
  sim.control.resetCounters();
  const read = await readAppliance(client, system);
  return { read, requests: sim.control.counters().total ?? 0 };
}

describe("request budget per poll", () => {
  it("makes at most 3 requests while everything is UP, the login included", async () => {
    const client = pollClient();
    try {
      const reads: SystemRead[] = ["none", "ha", "certificates", "ha", "config"];
      const counts = [];
      for (const system of reads) counts.push((await counted(client, system)).requests);
      // The login poll: login + vservers + members; then vservers + members + one system read.
      expect(counts).toEqual([3, 3, 3, 3, 3]);
      expect(sim.control.counters()["POST config/login"]).toBeUndefined();
    } finally {
      await client.dispose();
    }
  });

  it("adds one bulk monitor read while a member is DOWN: at most 4, login included", async () => {
    sim.control.setMemberState({ servicegroupname: "rd_sg", servername: "rd_s2", state: "DOWN" });
    const client = pollClient();
    try {
      const login = await counted(client, "none");
      expect(login.requests).toBe(4);
      const next = await counted(client, "ha");
      expect(next.requests).toBe(4);
      expect(
        sim.control.counters()["GET config/servicegroup_servicegroupentitymonbindings_binding"],
      ).toBe(1);
      expect(next.read.members[DOWN_KEY]).toMatchObject({
        state: "DOWN",
        monitor: {
          name: "tcp-default",
          state: "DOWN",
          lastResponse: expect.stringMatching(/^Failure - /),
        },
      });
      expect(next.read.members[UP_KEY]).toMatchObject({ state: "UP", monitor: null });
    } finally {
      await client.dispose();
    }
  });

  it("stops the monitor read once the member is UP again", async () => {
    sim.control.setMemberState({ servicegroupname: "rd_sg", servername: "rd_s2", state: "DOWN" });
    const client = pollClient();
    try {
      await counted(client, "none");
      sim.control.setMemberState({ servicegroupname: "rd_sg", servername: "rd_s2", state: null });
      const after = await counted(client, "config");
      expect(after.requests).toBe(3);
      expect(after.read.members[DOWN_KEY]).toMatchObject({ state: "UP", monitor: null });
    } finally {
      await client.dispose();
    }
  });
});

describe("one HA reading for the connection test and the poller", () => {
  const cases = [
    { faults: { secondary: false, haPair: false }, role: "standalone" },
    { faults: { secondary: false, haPair: true }, role: "primary" },
    { faults: { secondary: true, haPair: false }, role: "secondary" },
  ] as const;

  it.each(cases)("reads $role the same way in both places", async ({ faults, role }) => {
    sim.control.setFaults(faults);
    const client = pollClient();
    try {
      const { read } = await counted(client, "ha");
      const tested = await testConnection(conn);
      if (!tested.ok) throw new Error(tested.message);
      expect(read.ha?.role).toBe(role);
      expect(tested.info.haRole).toBe(role);
      // hanode only: the old stat/ns reading called a standalone box "primary".
      expect(sim.control.counters()["GET stat/ns"]).toBeUndefined();
      if (role === "standalone") expect(read.ha?.peerAddress).toBeUndefined();
      else expect(read.ha?.peerAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      if (role === "secondary") expect(read.ha?.primaryAddress).toBe(read.ha?.peerAddress);
    } finally {
      await client.dispose();
    }
  });
});

describe("certificate read", () => {
  it("stores days to expiry and the expiry date of every certkey", async () => {
    const client = pollClient();
    try {
      const { read } = await counted(client, "certificates");
      const certs = read.certificates ?? {};
      // The simulator's seeded wildcard certificate expires 245 days after it started.
      const days = certs["wildcard-corp-local"]?.daysToExpiry ?? 0;
      expect(days === 244 || days === 245).toBe(true);
      const expiresAt = Date.parse(certs["wildcard-corp-local"]?.expiresAt ?? "");
      expect(Math.abs(expiresAt - (Date.now() + 245 * 86_400_000))).toBeLessThan(2 * 86_400_000);
      expect(Object.keys(certs)).toEqual(
        expect.arrayContaining(["ns-server-certificate", "xms-cert"]),
      );
      expect(read.ha).toBeUndefined();
    } finally {
      await client.dispose();
    }
  });
});
