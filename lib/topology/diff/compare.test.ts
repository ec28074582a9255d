import { describe, expect, it } from "vitest";
import { clone, igelExample, xenMobileExample } from "../testing/examples";
import { compareDocuments, diffDocuments, type FieldChange } from "./compare";
import { groupByStep } from "./group";

/** The parts a reader sees: "label: before → after". */
const lines = (changes: FieldChange[]) =>
  changes.map((c) => `${c.label}: ${c.before ?? "–"} → ${c.after ?? "–"} (${c.change})`);

describe("diffDocuments", () => {
  it("finds nothing between identical documents of either kind", () => {
    expect(diffDocuments(igelExample(), igelExample())).toEqual([]);
    expect(diffDocuments(xenMobileExample(), xenMobileExample())).toEqual([]);
  });

  it("names a changed nested value with the wizard's words and its step", () => {
    const after = clone(igelExample());
    after.loadBalancing.persistence.timeout = 30;
    after.dns.netscalerRecord = false;
    after.database.type = "POSTGRESQL";
    const changes = diffDocuments(igelExample(), after);
    expect(lines(changes)).toEqual([
      "Database › Database type: Microsoft SQL Server → PostgreSQL (changed)",
      "Load balancing › Persistence timeout: 5 minutes → 30 minutes (changed)",
      "DNS › Address record on the NetScaler: yes → no (changed)",
    ]);
    expect(changes.map((c) => [c.path, c.step])).toEqual([
      ["database.type", "database"],
      ["loadBalancing.persistence.timeout", "load-balancing"],
      ["dns.netscalerRecord", "dns"],
    ]);
  });

  it("matches servers by name, so removing the first does not shift the others", () => {
    const after = clone(igelExample());
    after.servers = [
      { name: "ums2", address: "10.10.20.22" },
      { name: "ums3", address: "10.10.20.13" },
    ];
    expect(lines(diffDocuments(igelExample(), after))).toEqual([
      "Servers › ums2 › Address: 10.10.20.12 → 10.10.20.22 (changed)",
      "Servers › ums3 › Name: – → ums3 (added)",
      "Servers › ums3 › Address: – → 10.10.20.13 (added)",
      "Servers › ums1 › Name: ums1 → – (removed)",
      "Servers › ums1 › Address: 10.10.20.11 → – (removed)",
    ]);
  });

  it("reports reordered rows once, as the list's order", () => {
    const after = clone(igelExample());
    after.servers.reverse();
    after.loadBalancing.ports.reverse();
    const changes = diffDocuments(igelExample(), after);
    expect(lines(changes)).toEqual([
      "Servers › Order: ums1, ums2 → ums2, ums1 (changed)",
      "Load balancing › Ports › Order: Port 30001, Port 8443, Port 9080 → Port 9080, Port 8443, Port 30001 (changed)",
    ]);
    expect(changes[0]?.path).toBe("servers");
  });

  it("gives rows the path of the newer version and a stable id", () => {
    const after = clone(igelExample());
    after.servers = [{ name: "ums0", address: "10.10.20.10" }, ...after.servers];
    after.servers[2] = { name: "ums2", address: "10.10.20.99" };
    const changed = diffDocuments(igelExample(), after).find((c) => c.change === "changed");
    expect(changed).toMatchObject({
      path: "servers.2.address",
      id: 'servers["ums2"].address',
      label: "Servers › ums2 › Address",
    });
  });

  it("matches rows without a usable key by position", () => {
    const before = clone(igelExample());
    before.servers = [
      { name: "same", address: "10.0.0.1" },
      { name: "same", address: "10.0.0.2" },
    ];
    const after = clone(before);
    after.servers[1] = { name: "same", address: "10.0.0.3" };
    expect(lines(diffDocuments(before, after))).toEqual([
      "Servers › Server 2 › Address: 10.0.0.2 → 10.0.0.3 (changed)",
    ]);
  });

  it("matches IGEL ports by number and shows choices in the wizard's words", () => {
    const after = clone(igelExample());
    const firmware = after.loadBalancing.ports.find((p) => p.port === 9080);
    if (!firmware) throw new Error("example without port 9080");
    firmware.enabled = false;
    after.loadBalancing.osGeneration = "mixed";
    after.loadBalancing.ports.push({ port: 8080, purpose: "other", usip: false, enabled: true });
    expect(lines(diffDocuments(igelExample(), after))).toEqual([
      "Load balancing › IGEL OS: IGEL OS 11 → Both (migrating) (changed)",
      "Load balancing › Ports › Port 9080 › Load-balanced: yes → no (changed)",
      "Load balancing › Ports › Port 8080 › Port number: – → 8080 (added)",
      "Load balancing › Ports › Port 8080 › Carries: – → Added port (added)",
      "Load balancing › Ports › Port 8080 › Forward the client's IP address (USIP): – → no (added)",
      "Load balancing › Ports › Port 8080 › Load-balanced: – → yes (added)",
    ]);
  });

  it("shows checklist ticks as done by whom and when", () => {
    const before = clone(igelExample());
    before.prerequisites = {
      "database-ha": { done: true, by: "Sam", at: "2026-03-02T09:15:00.000Z" },
    };
    const after = clone(igelExample());
    after.after = { "firmware-host": { done: true, by: "Alex", at: "2026-03-04T10:30:00.000Z" } };
    after.prerequisites = { "database-ha": { done: false } };
    expect(lines(diffDocuments(before, after))).toEqual([
      "Prerequisites › Make the shared database highly available: done by Sam on 2 Mar 2026, 09:15 UTC → not done (changed)",
      "After the NetScaler › Point every firmware at the load-balanced name: not done → done by Alex on 4 Mar 2026, 10:30 UTC (changed)",
    ]);
    const [, ticked] = diffDocuments(before, after);
    expect(ticked).toMatchObject({ path: "after.firmware-host", step: "after" });
  });

  it("names checklist items the current OS generation hides", () => {
    const before = clone(igelExample());
    before.loadBalancing.osGeneration = "12";
    const after = clone(before);
    after.after = { "server-to-device": { done: true } };
    expect(lines(diffDocuments(before, after))).toEqual([
      "After the NetScaler › Allow UMS servers to reach devices directly (IGEL OS 11): not done → done (changed)",
    ]);
  });

  it("treats an unticked item like a missing one", () => {
    const after = clone(igelExample());
    after.after = { "dns-record": { done: false } };
    expect(diffDocuments(igelExample(), after)).toEqual([]);
  });

  it("compares XenMobile nodes, port lists, empty texts and values added to a draft", () => {
    const before = clone(xenMobileExample());
    const after = clone(xenMobileExample());
    after.nodes[0] = { name: "xms1", address: "10.20.0.11", serverId: "node-z" };
    after.mdm.ports = [443];
    after.monitor = { enabled: true, expectedReply: "OK" };
    after.mam.persistence.type = "SOURCEIP";
    after.gateway.vip = "";
    expect(lines(diffDocuments(before, after))).toEqual([
      "Nodes › xms1 › Server ID: node-a → node-z (changed)",
      "Health monitor › HTTP-ECV monitor: no → yes (changed)",
      "Health monitor › Expected reply: (empty) → OK (changed)",
      "MDM › Ports: 443, 8443 → 443 (changed)",
      "MAM › Persistence: By node ID (CUSTOMSERVERID) → By client address (SOURCEIP) (changed)",
      "Gateway › Gateway VIP: 10.20.1.20 → (empty) (changed)",
    ]);
    expect(groupByStep("XENMOBILE", diffDocuments(before, after)).map((g) => g.step)).toEqual([
      "nodes",
      "mdm",
      "mam",
      "gateway",
    ]);
  });

  it("lists a whole section a draft did not have yet as added, and one dropped as removed", () => {
    const { gateway: _gateway, ...draft } = clone(xenMobileExample());
    const added = diffDocuments(draft, xenMobileExample());
    expect(lines(added)).toEqual([
      "Gateway › Gateway vserver: – → ag_vs (added)",
      "Gateway › Gateway VIP: – → 10.20.1.20 (added)",
    ]);
    expect(diffDocuments(xenMobileExample(), draft).map((c) => c.change)).toEqual([
      "removed",
      "removed",
    ]);
  });

  it("shows the name first, outside any step", () => {
    const after = { ...igelExample(), name: "Renamed" };
    const changes = diffDocuments(igelExample(), after);
    expect(lines(changes)).toEqual(["Name: IGEL UMS cluster (seed example) → Renamed (changed)"]);
    expect(groupByStep("IGEL_UMS", changes)).toEqual([{ step: null, changes }]);
  });

  it("refuses documents of different kinds", () => {
    expect(() => diffDocuments(igelExample(), xenMobileExample())).toThrow(/Cannot compare/);
  });
});

describe("compareDocuments", () => {
  it("keeps unchanged fields and can be limited to some keys (the wizard's Compare view)", () => {
    const theirs = { ...igelExample(), dns: { hostName: "a.corp.local", netscalerRecord: true } };
    const yours = { ...igelExample(), dns: { hostName: "b.corp.local", netscalerRecord: true } };
    const rows = compareDocuments("IGEL_UMS", theirs, yours, { keys: ["dns"] });
    expect(rows.map((r) => [r.path, r.label, r.before, r.after, r.change])).toEqual([
      ["dns.hostName", "DNS › Host name", "a.corp.local", "b.corp.local", "changed"],
      ["dns.netscalerRecord", "DNS › Address record on the NetScaler", "yes", "yes", "unchanged"],
    ]);
  });

  it("still compares keys it has no label for, under their own name", () => {
    const rows = compareDocuments(
      "XENMOBILE",
      { extra: { list: [{ a: 1 }], flag: true } },
      { extra: { list: [{ a: 2 }], flag: true } },
    );
    expect(rows.map((r) => [r.label, r.before, r.after, r.change])).toEqual([
      ["extra › list › Row 1 › a", "1", "2", "changed"],
      ["extra › flag", "yes", "yes", "unchanged"],
    ]);
  });
});
