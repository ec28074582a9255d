import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile";
import type { DesiredConfig } from "../compile/desired";
import { describeStates, diagramLayout, type DiagramLayout } from ".";
import { LINE_SIZE, PAD_X, TITLE_SIZE, textWidth } from "./measure";
import { topologyDocumentArb } from "../testing/arbitraries";
import { clone, igelExample, xenMobileExample } from "../testing/examples";

const igel = () => diagramLayout(compile(igelExample()), { kind: "IGEL_UMS" });
const xms = () => diagramLayout(compile(xenMobileExample()), { kind: "XENMOBILE" });

const node = (layout: DiagramLayout, id: string) => {
  const found = layout.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const linked = (layout: DiagramLayout, from: string) =>
  layout.edges.filter((e) => e.from === from).map((e) => e.to);

/** Boxes never overlap, text fits its box, and every edge joins two drawn nodes. */
function expectReadable(layout: DiagramLayout) {
  const ids = layout.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const a of layout.nodes) {
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    const room = a.width - PAD_X * 2;
    expect(textWidth(a.title.length, TITLE_SIZE), a.title).toBeLessThanOrEqual(room);
    for (const line of a.lines) expect(textWidth(line.length, LINE_SIZE)).toBeLessThanOrEqual(room);
    for (const b of layout.nodes) {
      if (a === b || a.column !== b.column) continue;
      const apart = a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
  }
  for (const column of layout.columns.slice(1)) {
    const before = layout.columns[layout.columns.indexOf(column) - 1];
    expect(column.x).toBeGreaterThan((before?.x ?? 0) + (before?.width ?? 0));
  }
  for (const edge of layout.edges) {
    expect(ids).toContain(edge.from);
    expect(ids).toContain(edge.to);
  }
}

describe("diagramLayout", () => {
  it("draws IGEL's one VIP with three TCP vservers, USIP per group and both members", () => {
    const layout = igel();
    expectReadable(layout);
    expect(layout.columns.map((c) => c.title)).toEqual([
      "Clients",
      "VIPs",
      "Virtual servers",
      "Service groups",
      "Members",
    ]);
    expect(linked(layout, "clients")).toEqual(["vip/10.10.20.100"]);
    expect(node(layout, "vip/10.10.20.100").lines).toEqual([
      "10.10.20.100",
      "ports 8443, 9080, 30001",
    ]);
    expect(linked(layout, "vip/10.10.20.100")).toEqual([
      "lbvserver/igel_vs_8443",
      "lbvserver/igel_vs_9080",
      "lbvserver/igel_vs_30001",
    ]);
    expect(node(layout, "lbvserver/igel_vs_30001").lines).toEqual(["TCP :30001", "SOURCEIP 5 min"]);
    expect(node(layout, "servicegroup/igel_sg_30001").lines).toEqual(["TCP · USIP on"]);
    expect(node(layout, "servicegroup/igel_sg_8443").lines).toEqual(["TCP · USIP off"]);
    expect(linked(layout, "servicegroup/igel_sg_8443")).toEqual([
      "servicegroup_servicegroupmember_binding/igel_sg_8443/igel_srv_ums1/8443",
      "servicegroup_servicegroupmember_binding/igel_sg_8443/igel_srv_ums2/8443",
    ]);
    const member = node(
      layout,
      "servicegroup_servicegroupmember_binding/igel_sg_9080/igel_srv_ums2/9080",
    );
    expect([member.title, ...member.lines]).toEqual(["igel_srv_ums2", "10.10.20.12:9080"]);
    const dns = layout.edges.find((e) => e.from === "dnsaddrec/igel.corp.local/10.10.20.100");
    expect(dns).toMatchObject({ to: "vip/10.10.20.100", dashed: true });
  });

  it("draws XenMobile's SSL_BRIDGE MDM VIP, the SSL MAM VIP with certificate and server IDs, and Gateway → MAM", () => {
    const layout = xms();
    expectReadable(layout);
    expect(linked(layout, "clients")).toEqual(["vip/10.20.1.50"]);
    const gateway = "vpnvserver_appcontroller_binding/ag_vs/https://xms.corp.local:8443";
    expect(linked(layout, gateway)).toEqual(["vip/10.20.1.51"]);
    expect(node(layout, gateway).lines).toEqual(["App Controller", "xms.corp.local:8443"]);
    expect(node(layout, gateway).tooltip).toContain("https://xms.corp.local:8443");
    expect(node(layout, "vip/10.20.1.50")).toMatchObject({
      title: "MDM VIP",
      lines: ["10.20.1.50", "ports 443, 8443"],
    });
    expect(node(layout, "vip/10.20.1.51")).toMatchObject({
      title: "MAM VIP",
      lines: ["10.20.1.51", "port 8443"],
    });
    expect(node(layout, "lbvserver/xms_mdm_vs_443").lines).toEqual([
      "SSL_BRIDGE :443",
      "SOURCEIP 5 min",
    ]);
    expect(node(layout, "lbvserver/xms_mam_vs_8443").lines).toEqual([
      "SSL :8443",
      "CUSTOMSERVERID",
      "cert xms-cert",
    ]);
    expect(node(layout, "lbvserver/xms_mam_vs_8443").tooltip).toContain(
      'HTTP.REQ.COOKIE.VALUE("ACNODEID")',
    );
    expect(
      node(layout, "servicegroup_servicegroupmember_binding/xms_mam_sg_8443/xms_srv_xms1/8443")
        .lines,
    ).toEqual(["10.20.0.11:8443", "server ID node-a"]);
    // The MDM VIP (clients) is drawn above the MAM VIP (Gateway).
    expect(node(layout, "vip/10.20.1.50").y).toBeLessThan(node(layout, "vip/10.20.1.51").y);
    expect(node(layout, "clients").y).toBeLessThan(node(layout, gateway).y);
  });

  it("shows the monitor on every XenMobile group when it is on", () => {
    const doc = clone(xenMobileExample());
    doc.monitor = { enabled: true, expectedReply: "ok" };
    const layout = diagramLayout(compile(doc), { kind: "XENMOBILE" });
    expect(node(layout, "servicegroup/xms_mdm_sg_443").lines).toEqual([
      "SSL_BRIDGE",
      "mon xms_mon_getserverinfo",
    ]);
    expectReadable(layout);
  });

  it("gives every drawn DesiredObject its id, and is the same whatever the object order", () => {
    const config = compile(xenMobileExample());
    const layout = diagramLayout(config, { kind: "XENMOBILE" });
    const drawn = new Set(layout.nodes.flatMap((n) => (n.objectId ? [n.objectId] : [])));
    const shown = config.objects.filter((o) =>
      [
        "lbvserver",
        "servicegroup",
        "servicegroup_servicegroupmember_binding",
        "dnsaddrec",
        "vpnvserver_appcontroller_binding",
      ].includes(o.resource),
    );
    expect(shown.every((o) => drawn.has(o.id))).toBe(true);
    const reversed: DesiredConfig = { objects: [...config.objects].reverse() };
    expect(diagramLayout(reversed, { kind: "XENMOBILE" })).toEqual(layout);
  });

  it("cuts long names with an ellipsis and keeps them whole in the tooltip", () => {
    const doc = clone(igelExample());
    doc.prefix = "a_very_long_prefix_for_this_site_1";
    const layout = diagramLayout(compile(doc), { kind: "IGEL_UMS" });
    expectReadable(layout);
    const vserver = node(layout, "lbvserver/a_very_long_prefix_for_this_site_1_vs_30001");
    expect(vserver.title).toContain("…");
    expect(vserver.title.endsWith("_vs_30001")).toBe(true);
    expect(vserver.tooltip).toContain("a_very_long_prefix_for_this_site_1_vs_30001");
  });

  it("keeps the distinguishing end of long names (role and port), so two vservers differ", () => {
    const doc = clone(xenMobileExample());
    doc.prefix = "corp_prod_dc1_xms";
    expect(doc.prefix).toHaveLength(17);
    const layout = diagramLayout(compile(doc), { kind: "XENMOBILE", stateBadges: true });
    expectReadable(layout);
    const titles = layout.nodes
      .filter((n) => n.kind === "vserver" || n.kind === "servicegroup")
      .map((n) => n.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) expect(title).toMatch(/_(vs|sg)_\d+$/);
  });

  it("describes the paths in words for screen readers", () => {
    expect(igel().description).toContain(
      "Thin clients and UMS consoles reach VIP 10.10.20.100 on ports 8443, 9080, 30001.",
    );
    expect(igel().description).toContain(
      "virtual server igel_vs_30001 (TCP port 30001, persistence SOURCEIP for 5 minutes, mask 255.255.255.255) sends to service group igel_sg_30001 (TCP, USIP on) with member igel_srv_ums1 at 10.10.20.11:30001 and member igel_srv_ums2 at 10.10.20.12:30001",
    );
    expect(xms().description).toContain(
      "NetScaler Gateway ag_vs (App Controller https://xms.corp.local:8443) sends app traffic to MAM VIP 10.20.1.51 on port 8443.",
    );
  });

  it("leaves room for state glyphs and lists what is not up", () => {
    const plain = igel();
    const withBadges = diagramLayout(compile(igelExample()), {
      kind: "IGEL_UMS",
      stateBadges: true,
    });
    expectReadable(withBadges);
    expect(withBadges.width).toBeGreaterThanOrEqual(plain.width);
    const group = "servicegroup/igel_sg_8443";
    expect(describeStates(withBadges.nodes, {})).toBe("");
    expect(describeStates(withBadges.nodes, { [group]: "up" })).toBe("Every object shown is up.");
    expect(describeStates(withBadges.nodes, { [group]: "out_of_service" })).toBe(
      "Not up: Service group igel_sg_8443 (TCP, USIP off): out of service.",
    );
  });

  it("stays readable for any valid topology", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        const config = compile(doc);
        const layout = diagramLayout(config, { kind: doc.kind });
        expectReadable(layout);
        const members = config.objects.filter(
          (o) => o.resource === "servicegroup_servicegroupmember_binding",
        );
        expect(layout.nodes.filter((n) => n.kind === "member")).toHaveLength(members.length);
      }),
      { numRuns: 60 },
    );
  });
});
