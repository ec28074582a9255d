import { describe, expect, it } from "vitest";
import type { XenMobileDocument } from "../schema/document";
import { defaultDocument } from "../schema/defaults";
import { clone, xenMobileExample } from "../testing/examples";
import { validateDocument } from "./validate-document";

function check(edit: (doc: XenMobileDocument) => void) {
  const doc = clone(xenMobileExample());
  edit(doc);
  return validateDocument(doc);
}

const errorAt = (edit: (doc: XenMobileDocument) => void, path: string) =>
  check(edit)
    .errors.filter((e) => e.path === path)
    .map((e) => e.message);
const warningAt = (edit: (doc: XenMobileDocument) => void, path: string) =>
  check(edit)
    .warnings.filter((e) => e.path === path)
    .map((e) => e.message);

describe("XenMobile validation", () => {
  it("accepts the example", () => {
    const result = validateDocument(xenMobileExample());
    expect(result.errors).toEqual([]);
    expect(result.warnings.every((w) => w.path.startsWith("prerequisites."))).toBe(true);
  });

  it("keeps the MDM and MAM VIPs apart", () => {
    expect(errorAt((d) => (d.mam.vip = d.mdm.vip), "mam.vip")).toEqual([
      "MAM VIP: must differ from the MDM VIP; each needs its own free address.",
    ]);
  });

  it("flags the Gateway-VIP mistake", () => {
    expect(errorAt((d) => (d.mam.vip = "10.20.1.20"), "mam.vip")).toEqual([
      "MAM VIP: 10.20.1.20 is the VIP of the Gateway ag_vs. The XMS FQDN record must point at the MAM load-balancing VIP, not the Gateway VIP, or Secure Hub's micro-VPN traffic loops back into the Gateway; enter a free address for the MAM VIP.",
    ]);
    expect(errorAt((d) => (d.mdm.vip = "10.20.1.20"), "mdm.vip")).toEqual([
      "MDM VIP: 10.20.1.20 is the VIP of the Gateway ag_vs; enter a free address for the MDM VIP.",
    ]);
  });

  it("wants unique, non-empty server IDs", () => {
    expect(errorAt((d) => (d.nodes[1]!.serverId = "node-a"), "nodes.1.serverId")).toEqual([
      'Server ID: "node-a" is already used by XMS node 1; copy each node\'s own ID from the XMS clustering menu.',
    ]);
    expect(errorAt((d) => (d.nodes[0]!.serverId = ""), "nodes.0.serverId")).toEqual([
      "Server ID: copy the node ID from the XMS clustering menu.",
    ]);
  });

  it("needs two nodes: one is a warning, none an error", () => {
    expect(warningAt((d) => d.nodes.splice(1), "nodes")).toEqual([
      "XMS nodes: one XMS node is not highly available; add a second XMS node.",
    ]);
    expect(errorAt((d) => (d.nodes = []), "nodes")).toEqual([
      "XMS nodes: add at least two XMS nodes.",
    ]);
  });

  it("allows CUSTOMSERVERID only on the SSL (MAM) vserver, never on SSL_BRIDGE", () => {
    expect(
      errorAt((d) => (d.mdm.persistence.type = "CUSTOMSERVERID"), "mdm.persistence.type"),
    ).toEqual([
      "MDM persistence: CUSTOMSERVERID works only on SSL or HTTP vservers and these are SSL_BRIDGE; choose SOURCEIP.",
    ]);
    expect(errorAt((d) => (d.mam.persistence.rule = " "), "mam.persistence.rule")).toEqual([
      'MAM persistence rule: enter the expression that finds the server ID, such as HTTP.REQ.COOKIE.VALUE("ACNODEID").',
    ]);
  });

  it("warns when MDM persistence is switched off", () => {
    expect(
      warningAt((d) => (d.mdm.persistence.type = "NONE"), "mdm.persistence.type"),
    ).toHaveLength(1);
  });

  it("checks MDM ports: at least one, no duplicates, in range", () => {
    expect(errorAt((d) => (d.mdm.ports = []), "mdm.ports")).toEqual([
      "MDM ports: add at least one port, normally 443 and 8443.",
    ]);
    expect(errorAt((d) => (d.mdm.ports = [443, 443]), "mdm.ports.1")).toEqual([
      "MDM port: 443 is listed twice; each port can be used once on the MDM VIP.",
    ]);
    expect(errorAt((d) => (d.mdm.ports = [443, 70000]), "mdm.ports.1")).toEqual([
      "MDM port: enter a whole number from 1 to 65535.",
    ]);
  });

  it("has no default expected reply and requires one when the monitor is on", () => {
    const fresh = defaultDocument("XENMOBILE", "x");
    expect(fresh.kind === "XENMOBILE" && fresh.monitor).toEqual({
      enabled: false,
      expectedReply: "",
    });
    expect(
      errorAt((d) => (d.monitor = { enabled: true, expectedReply: "" }), "monitor.expectedReply"),
    ).toEqual([
      "Expected reply: enter the text your XMS version returns on /zdm/cxf/public/getserverinfo; it changed between versions, so there is no default.",
    ]);
    expect(check((d) => (d.monitor = { enabled: true, expectedReply: "ok" })).errors).toEqual([]);
  });

  it("checks the XMS FQDN and warns without the NetScaler record", () => {
    expect(errorAt((d) => (d.dns.xmsFqdn = "xms"), "dns.xmsFqdn")).toEqual([
      "XMS FQDN: enter a fully qualified domain name such as xms.corp.local.",
    ]);
    expect(warningAt((d) => (d.dns.netscalerRecord = false), "dns.netscalerRecord")).toEqual([
      "NetScaler address record: without it the Gateway resolves the XMS FQDN through its DNS servers; make sure they answer with the MAM VIP.",
    ]);
  });

  it("names each missing step in plain words", () => {
    expect(
      validateDocument({ kind: "XENMOBILE", name: "x", prefix: "xms" }).errors.map(
        (e) => e.message,
      ),
    ).toEqual([
      "XMS nodes: add at least two XMS nodes.",
      "Health monitor: choose whether to add the HTTP-ECV monitor.",
      "MDM: enter the MDM VIP and its ports.",
      "MAM: enter the MAM VIP, its port and the certificate.",
      "Gateway: enter the Gateway vserver's name.",
      "DNS: enter the XMS FQDN.",
    ]);
  });

  it("reports a wrong kind or version as a document-level error", () => {
    expect(validateDocument({ kind: "NOPE" }).errors).toEqual([
      { path: "", message: "The topology's kind must be IGEL_UMS or XENMOBILE." },
    ]);
    expect(
      validateDocument({ ...xenMobileExample(), schemaVersion: 99 }).errors[0]?.message,
    ).toMatch(/newer version of this app/);
  });
});
