import { describe, expect, it } from "vitest";
import type { IgelUmsDocument } from "../schema/document";
import { clone, igelExample } from "../testing/examples";
import { validateDocument, validateStep } from "./validate-document";

function check(edit: (doc: IgelUmsDocument) => void) {
  const doc = clone(igelExample());
  edit(doc);
  return validateDocument(doc);
}

function errorAt(edit: (doc: IgelUmsDocument) => void, path: string): string[] {
  return check(edit)
    .errors.filter((e) => e.path === path)
    .map((e) => e.message);
}

function warningAt(edit: (doc: IgelUmsDocument) => void, path: string): string[] {
  return check(edit)
    .warnings.filter((e) => e.path === path)
    .map((e) => e.message);
}

describe("IGEL UMS validation", () => {
  it("accepts the example; unticked prerequisites are warnings, not errors", () => {
    const result = validateDocument(igelExample());
    expect(result.errors).toEqual([]);
    expect(result.document).toBeDefined();
    expect(result.warnings.map((w) => w.path)).toEqual([
      "prerequisites.database-ha",
      "prerequisites.database-created",
      "prerequisites.ums-installed",
      "prerequisites.datasource-active",
      "prerequisites.subnet-routing",
    ]);
    expect(result.warnings[0]?.message).toBe(
      "Not confirmed yet: Make the shared database highly available. Tick it once it is done.",
    );
  });

  it("checks IPv4 syntax of the VIP and SNIP", () => {
    expect(errorAt((d) => (d.network.vip = "10.10.20.300"), "network.vip")).toEqual([
      "VIP: enter an IPv4 address such as 10.10.20.100.",
    ]);
    expect(errorAt((d) => (d.network.snip = "2001:db8::5"), "network.snip")).toEqual([
      "SNIP: enter an IPv4 address such as 10.10.20.5.",
    ]);
  });

  it("accepts IPv4, IPv6 and FQDN server addresses and rejects the rest", () => {
    expect(errorAt((d) => (d.servers[0]!.address = "2001:db8::11"), "servers.0.address")).toEqual(
      [],
    );
    expect(
      errorAt((d) => (d.servers[0]!.address = "ums1.corp.local"), "servers.0.address"),
    ).toEqual([]);
    expect(errorAt((d) => (d.servers[0]!.address = "ums 1"), "servers.0.address")).toEqual([
      "Server address: enter an IPv4 or IPv6 address such as 10.10.20.11, or a fully qualified host name such as ums1.corp.local.",
    ]);
  });

  it("checks the subnet's syntax and asks for the network address", () => {
    expect(errorAt((d) => (d.network.umsSubnet = "10.10.20.0/33"), "network.umsSubnet")).toEqual([
      "UMS subnet: enter the subnet in CIDR form, such as 10.10.20.0/24.",
    ]);
    expect(errorAt((d) => (d.network.umsSubnet = "10.10.20.7/24"), "network.umsSubnet")).toEqual([
      "UMS subnet: 10.10.20.7/24 has host bits set; enter the network address 10.10.20.0/24.",
    ]);
  });

  it("requires the VIP and the SNIP inside the UMS subnet", () => {
    expect(errorAt((d) => (d.network.vip = "10.10.30.100"), "network.vip")).toEqual([
      "VIP: 10.10.30.100 is outside the UMS subnet 10.10.20.0/24; replies only pass the NetScaler when the VIP is in the servers' subnet. Choose a free address inside 10.10.20.0/24.",
    ]);
    expect(errorAt((d) => (d.network.snip = "10.10.21.5"), "network.snip")).toEqual([
      "SNIP: 10.10.21.5 is outside the UMS subnet 10.10.20.0/24; the UMS servers use it as their default gateway. Choose a free address inside 10.10.20.0/24.",
    ]);
    expect(errorAt((d) => (d.network.vip = "10.10.20.255"), "network.vip")).toEqual([
      "VIP: 10.10.20.255 is the network or broadcast address of 10.10.20.0/24; choose a host address.",
    ]);
  });

  it("keeps the VIP apart from the SNIP and the servers", () => {
    expect(errorAt((d) => (d.network.vip = "10.10.20.5"), "network.vip")).toEqual([
      "VIP: must differ from the SNIP; choose another free address.",
    ]);
    expect(errorAt((d) => (d.network.vip = "10.10.20.12"), "network.vip")).toEqual([
      "VIP: 10.10.20.12 is the address of UMS server 2; choose a free address.",
    ]);
  });

  it("warns about a server outside the UMS subnet", () => {
    expect(warningAt((d) => (d.servers[1]!.address = "10.10.30.12"), "servers.1.address")).toEqual([
      "Server address: 10.10.30.12 is outside the UMS subnet 10.10.20.0/24, so replies to devices may bypass the NetScaler; move the server into the subnet or check its routing.",
    ]);
  });

  it("needs two servers: one is a warning, none an error", () => {
    expect(warningAt((d) => d.servers.splice(1), "servers")).toEqual([
      "UMS servers: one UMS server is not highly available; add a second UMS server.",
    ]);
    expect(check((d) => d.servers.splice(1)).errors).toEqual([]);
    expect(errorAt((d) => (d.servers = []), "servers")).toEqual([
      "UMS servers: add at least two UMS servers.",
    ]);
  });

  it("wants unique server names (ignoring case) and addresses", () => {
    expect(errorAt((d) => (d.servers[1]!.name = "UMS1"), "servers.1.name")).toEqual([
      'Server name: "UMS1" is already used by UMS server 1; give each UMS server its own name.',
    ]);
    expect(errorAt((d) => (d.servers[1]!.address = "10.10.20.11"), "servers.1.address")).toEqual([
      "Server address: 10.10.20.11 is already used by UMS server 1; each UMS server needs its own address.",
    ]);
  });

  it("checks ports: range, duplicates, at least one switched on", () => {
    expect(
      errorAt((d) => (d.loadBalancing.ports[0]!.port = 0), "loadBalancing.ports.0.port"),
    ).toEqual(["Port: enter a whole number from 1 to 65535."]);
    expect(
      errorAt((d) => (d.loadBalancing.ports[2]!.port = 65536), "loadBalancing.ports.2.port"),
    ).toEqual(["Port: enter a whole number from 1 to 65535."]);
    expect(
      errorAt((d) => (d.loadBalancing.ports[2]!.port = 8443), "loadBalancing.ports.2.port"),
    ).toEqual(["Port: 8443 is listed twice; each port can be used once on the VIP."]);
    const allOff = (d: IgelUmsDocument) =>
      d.loadBalancing.ports.forEach((p) => (p.enabled = false));
    expect(errorAt(allOff, "loadBalancing.ports")).toEqual([
      "Ports: switch on at least one port to load-balance.",
    ]);
  });

  it("warns when USIP is off for thin clients or on for the console", () => {
    expect(
      warningAt((d) => (d.loadBalancing.ports[0]!.usip = false), "loadBalancing.ports.0.usip"),
    ).toEqual([
      "Use client IP on port 30001: off means UMS sees the SNIP instead of each device's address and cannot reach the devices; switch it on.",
    ]);
    expect(
      warningAt((d) => (d.loadBalancing.ports[1]!.usip = true), "loadBalancing.ports.1.usip"),
    ).toEqual([
      "Use client IP on port 8443: on stops consoles inside the UMS subnet from connecting through the VIP; switch it off.",
    ]);
  });

  it("refuses CUSTOMSERVERID on the TCP vservers and checks the SOURCEIP settings", () => {
    expect(
      errorAt(
        (d) => (d.loadBalancing.persistence.type = "CUSTOMSERVERID"),
        "loadBalancing.persistence.type",
      ),
    ).toEqual([
      "UMS persistence: CUSTOMSERVERID works only on SSL or HTTP vservers and these are TCP; choose SOURCEIP.",
    ]);
    expect(
      errorAt(
        (d) => (d.loadBalancing.persistence.timeout = 0),
        "loadBalancing.persistence.timeout",
      ),
    ).toEqual(["UMS persistence timeout: enter a whole number from 1 to 1440 minutes."]);
    expect(
      errorAt(
        (d) => (d.loadBalancing.persistence.mask = "255.0.255.0"),
        "loadBalancing.persistence.mask",
      ),
    ).toEqual(["UMS persistence mask: enter a dotted IPv4 mask such as 255.255.255.255."]);
  });

  it("checks the host name and the database identifiers", () => {
    expect(errorAt((d) => (d.dns.hostName = "igel_corp"), "dns.hostName")).toEqual([
      "Host name: enter a DNS name such as igel.corp.local (letters, digits and hyphens, dot-separated).",
    ]);
    expect(errorAt((d) => (d.dns.hostName = "igel"), "dns.hostName")).toEqual([]);
    expect(errorAt((d) => (d.database.databaseName = "rm-db"), "database.databaseName")).toEqual([
      "Database name: start with a letter and use only letters, digits and _, such as rmdb.",
    ]);
  });

  it("names each missing step in plain words", () => {
    expect(validateDocument({ kind: "IGEL_UMS" }).errors).toEqual([
      { path: "name", message: "Give the topology a name." },
      { path: "prefix", message: "Object-name prefix: enter a short prefix such as igel." },
      { path: "database", message: "Database: fill in the database settings." },
      { path: "servers", message: "UMS servers: add at least two UMS servers." },
      { path: "network", message: "Network: enter the UMS subnet, the SNIP and the VIP." },
      {
        path: "loadBalancing",
        message: "Load balancing: choose the IGEL OS generation and the ports.",
      },
      { path: "dns", message: "DNS: enter the load-balanced host name." },
    ]);
  });

  it("validates one step at a time", () => {
    const doc = clone(igelExample());
    doc.network.vip = "nope";
    doc.servers = [];
    const step = validateStep("IGEL_UMS", "network", doc);
    expect(step.errors.map((e) => e.path)).toEqual(["network.vip"]);
    expect(validateStep("IGEL_UMS", "servers", doc).errors.map((e) => e.path)).toEqual(["servers"]);
    expect(validateStep("IGEL_UMS", "review", doc)).toEqual({ errors: [], warnings: [] });
  });
});
