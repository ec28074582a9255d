// Certificates, SSL, DNS, Gateway, appliance facts, saving, partitions and the session pool,
// against the simulator over real HTTP.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  disposeAllNitroSessions,
  getNitroClient,
  nitroSessionCount,
  setNitroSessionIdleMs,
} from "./index";
import { DEFAULT_SESSION_IDLE_MS } from "./session-pool";
import { connFor, rejection } from "./testing/sim";
import { simulatorPerFile } from "./testing/simulator-per-file";

const lab = simulatorPerFile({ client: true });

describe("seeded appliance objects", () => {
  it("reads SNIPs, certificates and the Gateway vserver as app types", async () => {
    const snips = (await lab.client.getNsIps()).filter((ip) => ip.type === "SNIP");
    expect(snips.map((ip) => `${ip.ipAddress}/${ip.netmask}`)).toEqual(
      expect.arrayContaining(["10.10.20.5/255.255.255.0", "10.20.1.5/255.255.255.0"]),
    );
    const xms = await lab.client.getSslCertKey("xms-cert");
    expect(xms?.subject).toContain("CN=xms.corp.local");
    expect(xms?.daysToExpiration).toBeGreaterThan(300);
    expect((await lab.client.getSslCertKeys()).map((c) => c.name)).toContain("xms-cert");
    const ag = await lab.client.getVpnVserver("ag_vs");
    expect(ag).toMatchObject({ name: "ag_vs", serviceType: "SSL", port: 443, enabled: true });
    expect(await lab.client.getSslVserverCertKeyBindings("ag_vs")).toEqual([
      expect.objectContaining({ certKeyName: "wildcard-corp-local", ca: false, sniCert: false }),
    ]);
  });

  it("binds a certificate to an SSL vserver and unbinds it with args", async () => {
    await lab.client.add("lbvserver", {
      name: "vs_mam",
      servicetype: "SSL",
      ipv46: "10.20.1.50",
      port: 8443,
    });
    expect(await lab.client.getSslVserver("vs_mam")).toMatchObject({ vserverName: "vs_mam" });
    await lab.client.bind("sslvserver_sslcertkey_binding", {
      vservername: "vs_mam",
      certkeyname: "xms-cert",
    });
    const all = await lab.client.getSslVserverCertKeyBindings();
    expect(all.map((b) => `${b.vserverName}:${b.certKeyName}`)).toContain("vs_mam:xms-cert");
    const inUse = await rejection(lab.client.remove("sslcertkey", "xms-cert"));
    expect(inUse.kind).toBe("in_use");
    await lab.client.unbind("sslvserver_sslcertkey_binding", "vs_mam", { certkeyname: "xms-cert" });
    expect(await lab.client.getSslVserverCertKeyBindings("vs_mam")).toEqual([]);
  });

  it("adds, reads and removes DNS A records", async () => {
    await lab.client.add("dnsaddrec", {
      hostname: "xms.corp.local",
      ipaddress: "10.20.1.50",
      ttl: 300,
    });
    expect(await lab.client.getDnsAddRecs("xms.corp.local")).toEqual([
      expect.objectContaining({ hostname: "xms.corp.local", ipAddress: "10.20.1.50", ttl: 300 }),
    ]);
    await lab.client.remove("dnsaddrec", "xms.corp.local", { ipaddress: "10.20.1.50" });
    expect(await lab.client.getDnsAddRecs("xms.corp.local")).toEqual([]);
  });

  it("binds the App Controller URL to the Gateway", async () => {
    const url = "https://xms.corp.local:8443";
    await lab.client.bind("vpnvserver_appcontroller_binding", {
      name: "ag_vs",
      appcontroller: url,
    });
    expect(await lab.client.getVpnVserverAppControllerBindings("ag_vs")).toEqual([
      { vserverName: "ag_vs", appController: url },
    ]);
    expect(await lab.client.getVpnVserverAppControllerBindings()).toHaveLength(1);
    await lab.client.unbind("vpnvserver_appcontroller_binding", "ag_vs", { appcontroller: url });
    expect(await lab.client.getVpnVserverAppControllerBindings("ag_vs")).toEqual([]);
  });
});

describe("appliance info and saving", () => {
  it("reports version, host name, HA role, partition and unsaved changes", async () => {
    const info = await lab.client.getApplianceInfo();
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
    expect(await lab.client.getConfigChanged()).toBe(false);
    await lab.client.add("server", { name: "a", ipaddress: "10.10.20.11" });
    expect(await lab.client.getConfigChanged()).toBe(true);
    await lab.client.saveConfig();
    expect(await lab.client.getConfigChanged()).toBe(false);
    expect(lab.sim.control.snapshot().lastSavedAt).toBeDefined();
  });

  it("reads the HA nodes and the partitions", async () => {
    expect(await lab.client.getHaNodes()).toEqual([
      expect.objectContaining({ id: 0, role: "primary" }),
    ]);
    expect((await lab.client.getPartitions()).map((p) => p.name)).toEqual(["default"]);
  });

  it("refuses to switch partitions through a raw action", async () => {
    const error = await rejection(
      lab.client.action("nspartition", "Switch", { partitionname: "p1" }),
    );
    expect(error.kind).toBe("bad_request");
  });
});

describe("admin partitions", () => {
  beforeEach(() => lab.client.add("nspartition", { partitionname: "p1" }));

  it("switches its own session into the partition after login", async () => {
    const p1 = getNitroClient(connFor(lab.sim, { partition: "p1" }));
    try {
      lab.sim.control.resetCounters();
      await p1.add("server", { name: "in_p1", ipaddress: "10.10.20.50" });
      expect(lab.sim.control.counters()["POST config/nspartition"]).toBe(1);
      expect((await p1.getServers()).map((s) => s.name)).toEqual(["in_p1"]);
      expect((await lab.client.getServers()).map((s) => s.name)).toEqual([]);
      expect((await p1.getApplianceInfo()).partition).toBe("p1");
    } finally {
      await p1.dispose();
    }
  });

  it("fails clearly when the partition does not exist", async () => {
    const missing = getNitroClient(connFor(lab.sim, { partition: "nope" }));
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
  afterEach(() => setNitroSessionIdleMs(DEFAULT_SESSION_IDLE_MS));

  it("reuses one session per appliance, user, partition and credentials", async () => {
    await disposeAllNitroSessions();
    setNitroSessionIdleMs(0);
    lab.sim.control.resetCounters();
    const a = getNitroClient(connFor(lab.sim));
    const b = getNitroClient(connFor(lab.sim));
    await Promise.all([a.getServers(), b.getServers(), a.getNsIps()]);
    expect(lab.sim.control.counters()["POST config/login"]).toBe(1);
    expect(nitroSessionCount()).toBe(1);

    // Edited credentials (even the same password with other TLS settings) → a new session.
    const edited = getNitroClient(connFor(lab.sim, { timeoutMs: 4_000 }));
    await edited.getServers();
    expect(lab.sim.control.counters()["POST config/login"]).toBe(2);
    expect(nitroSessionCount()).toBe(2);

    // Without an idle period, the session logs out when its last client is disposed.
    await a.dispose();
    await b.getServers();
    expect(lab.sim.control.counters()["POST config/logout"]).toBeUndefined();
    await b.dispose();
    expect(lab.sim.control.counters()["POST config/logout"]).toBe(1);
    await edited.dispose();
    expect(lab.sim.control.counters()["POST config/logout"]).toBe(2);
    expect(lab.sim.control.snapshot().sessions).toBe(0);
    expect((await rejection(a.getServers())).kind).toBe("disposed");
  });

  it("keeps a released session for the next client during the idle period, then logs out", async () => {
    await disposeAllNitroSessions();
    setNitroSessionIdleMs(300);
    lab.sim.control.resetCounters();
    const plan = getNitroClient(connFor(lab.sim));
    await plan.getServers();
    const started = Date.now();
    await plan.dispose();
    // Released without waiting for a logout, and not logged out: the next request reuses it.
    expect(Date.now() - started).toBeLessThan(100);
    const apply = getNitroClient(connFor(lab.sim));
    await apply.getServers();
    await apply.dispose();
    expect(lab.sim.control.counters()["POST config/login"]).toBe(1);
    expect(lab.sim.control.counters()["POST config/logout"]).toBeUndefined();
    expect(lab.sim.control.snapshot().sessions).toBe(1);
    await vi.waitFor(() => expect(lab.sim.control.snapshot().sessions).toBe(0), { timeout: 3_000 });
    expect(lab.sim.control.counters()["POST config/logout"]).toBe(1);
    expect(nitroSessionCount()).toBe(0);
  });

  it("logs every session out at shutdown", async () => {
    await lab.client.getServers();
    const other = getNitroClient(connFor(lab.sim, { partition: null, retries: 1 }));
    await other.getServers();
    expect(lab.sim.control.snapshot().sessions).toBeGreaterThanOrEqual(2);
    await disposeAllNitroSessions();
    expect(lab.sim.control.snapshot().sessions).toBe(0);
    expect(nitroSessionCount()).toBe(0);
  });
});
