// Certificates, SSL, DNS, Gateway, appliance facts, saving, partitions and the session pool,
// against the simulator over real HTTP.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  disposeAllNitroSessions,
  getNitroClient,
  nitroSessionCount,
  type NitroClient,
} from "./index";
import { connFor, rejection, startSim, type RunningSimulator } from "./testing/sim";

let sim: RunningSimulator;
let client: NitroClient;

beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await disposeAllNitroSessions();
  await sim.close();
});
beforeEach(() => {
  sim.control.reset();
  client = getNitroClient(connFor(sim));
});
afterEach(() => client.dispose());

describe("seeded appliance objects", () => {
  it("reads SNIPs, certificates and the Gateway vserver as app types", async () => {
    const snips = (await client.getNsIps()).filter((ip) => ip.type === "SNIP");
    expect(snips.map((ip) => `${ip.ipAddress}/${ip.netmask}`)).toEqual(
      expect.arrayContaining(["10.10.20.5/255.255.255.0", "10.20.1.5/255.255.255.0"]),
    );
    const xms = await client.getSslCertKey("xms-cert");
    expect(xms?.subject).toContain("CN=xms.corp.local");
    expect(xms?.daysToExpiration).toBeGreaterThan(300);
    expect((await client.getSslCertKeys()).map((c) => c.name)).toContain("xms-cert");
    const ag = await client.getVpnVserver("ag_vs");
    expect(ag).toMatchObject({ name: "ag_vs", serviceType: "SSL", port: 443, enabled: true });
    expect(await client.getSslVserverCertKeyBindings("ag_vs")).toEqual([
      expect.objectContaining({ certKeyName: "wildcard-corp-local", ca: false, sniCert: false }),
    ]);
  });

  it("binds a certificate to an SSL vserver and unbinds it with args", async () => {
    await client.add("lbvserver", {
      name: "vs_mam",
      servicetype: "SSL",
      ipv46: "10.20.1.50",
      port: 8443,
    });
    expect(await client.getSslVserver("vs_mam")).toMatchObject({ vserverName: "vs_mam" });
    await client.bind("sslvserver_sslcertkey_binding", {
      vservername: "vs_mam",
      certkeyname: "xms-cert",
    });
    const all = await client.getSslVserverCertKeyBindings();
    expect(all.map((b) => `${b.vserverName}:${b.certKeyName}`)).toContain("vs_mam:xms-cert");
    const inUse = await rejection(client.remove("sslcertkey", "xms-cert"));
    expect(inUse.kind).toBe("in_use");
    await client.unbind("sslvserver_sslcertkey_binding", "vs_mam", { certkeyname: "xms-cert" });
    expect(await client.getSslVserverCertKeyBindings("vs_mam")).toEqual([]);
  });

  it("adds, reads and removes DNS A records", async () => {
    await client.add("dnsaddrec", {
      hostname: "xms.corp.local",
      ipaddress: "10.20.1.50",
      ttl: 300,
    });
    expect(await client.getDnsAddRecs("xms.corp.local")).toEqual([
      expect.objectContaining({ hostname: "xms.corp.local", ipAddress: "10.20.1.50", ttl: 300 }),
    ]);
    await client.remove("dnsaddrec", "xms.corp.local", { ipaddress: "10.20.1.50" });
    expect(await client.getDnsAddRecs("xms.corp.local")).toEqual([]);
  });

  it("binds the App Controller URL to the Gateway", async () => {
    const url = "https://xms.corp.local:8443";
    await client.bind("vpnvserver_appcontroller_binding", { name: "ag_vs", appcontroller: url });
    expect(await client.getVpnVserverAppControllerBindings("ag_vs")).toEqual([
      { vserverName: "ag_vs", appController: url },
    ]);
    expect(await client.getVpnVserverAppControllerBindings()).toHaveLength(1);
    await client.unbind("vpnvserver_appcontroller_binding", "ag_vs", { appcontroller: url });
    expect(await client.getVpnVserverAppControllerBindings("ag_vs")).toEqual([]);
  });
});

describe("appliance info and saving", () => {
  it("reports version, host name, HA role, partition and unsaved changes", async () => {
    const info = await client.getApplianceInfo();
    expect(info).toMatchObject({
      version: "14.1",
      build: "25.53",
      hostname: "ns-sim-01",
      haRole: "standalone",
      configChanged: false,
      partition: "default",
    });
    expect(info.versionText).toMatch(/^NetScaler NS14\.1/);
    expect(info.tlsFingerprint).toBeUndefined();
  });

  it("tracks unsaved changes and saves them", async () => {
    expect(await client.getConfigChanged()).toBe(false);
    await client.add("server", { name: "a", ipaddress: "10.10.20.11" });
    expect(await client.getConfigChanged()).toBe(true);
    await client.saveConfig();
    expect(await client.getConfigChanged()).toBe(false);
    expect(sim.control.snapshot().lastSavedAt).toBeDefined();
  });

  it("reads the HA nodes and the partitions", async () => {
    expect(await client.getHaNodes()).toEqual([
      expect.objectContaining({ id: 0, role: "primary" }),
    ]);
    expect((await client.getPartitions()).map((p) => p.name)).toEqual(["default"]);
  });

  it("refuses to switch partitions through a raw action", async () => {
    const error = await rejection(client.action("nspartition", "Switch", { partitionname: "p1" }));
    expect(error.kind).toBe("bad_request");
  });
});

describe("admin partitions", () => {
  beforeEach(() => client.add("nspartition", { partitionname: "p1" }));

  it("switches its own session into the partition after login", async () => {
    const p1 = getNitroClient(connFor(sim, { partition: "p1" }));
    try {
      sim.control.resetCounters();
      await p1.add("server", { name: "in_p1", ipaddress: "10.10.20.50" });
      expect(sim.control.counters()["POST config/nspartition"]).toBe(1);
      expect((await p1.getServers()).map((s) => s.name)).toEqual(["in_p1"]);
      expect((await client.getServers()).map((s) => s.name)).toEqual([]);
      expect((await p1.getApplianceInfo()).partition).toBe("p1");
    } finally {
      await p1.dispose();
    }
  });

  it("fails clearly when the partition does not exist", async () => {
    const missing = getNitroClient(connFor(sim, { partition: "nope" }));
    try {
      const error = await rejection(missing.getServers());
      expect(error).toMatchObject({ kind: "not_found", errorcode: 2755, resource: "nspartition" });
      expect(error.message).toContain('partition "nope"');
    } finally {
      await missing.dispose();
    }
  });
});

describe("session pool", () => {
  it("reuses one session per appliance, user, partition and credentials", async () => {
    await disposeAllNitroSessions();
    sim.control.resetCounters();
    const a = getNitroClient(connFor(sim));
    const b = getNitroClient(connFor(sim));
    await Promise.all([a.getServers(), b.getServers(), a.getNsIps()]);
    expect(sim.control.counters()["POST config/login"]).toBe(1);
    expect(nitroSessionCount()).toBe(1);

    // Edited credentials (even the same password with other TLS settings) → a new session.
    const edited = getNitroClient(connFor(sim, { timeoutMs: 4_000 }));
    await edited.getServers();
    expect(sim.control.counters()["POST config/login"]).toBe(2);
    expect(nitroSessionCount()).toBe(2);

    // The session logs out only when its last client is disposed.
    await a.dispose();
    await b.getServers();
    expect(sim.control.counters()["POST config/logout"]).toBeUndefined();
    await b.dispose();
    expect(sim.control.counters()["POST config/logout"]).toBe(1);
    await edited.dispose();
    expect(sim.control.counters()["POST config/logout"]).toBe(2);
    expect(sim.control.snapshot().sessions).toBe(0);
    expect((await rejection(a.getServers())).kind).toBe("disposed");
  });

  it("logs every session out at shutdown", async () => {
    await client.getServers();
    const other = getNitroClient(connFor(sim, { partition: null, retries: 1 }));
    await other.getServers();
    expect(sim.control.snapshot().sessions).toBeGreaterThanOrEqual(2);
    await disposeAllNitroSessions();
    expect(sim.control.snapshot().sessions).toBe(0);
    expect(nitroSessionCount()).toBe(0);
  });
});
