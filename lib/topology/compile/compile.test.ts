import { describe, expect, it } from "vitest";
import { compile } from "./compile";
import { clone, igelExample, xenMobileExample } from "../testing/examples";

const byId = (doc: Parameters<typeof compile>[0]) =>
  new Map(compile(doc).objects.map((o) => [o.id, o]));

describe("compile IGEL UMS", () => {
  const objects = byId(igelExample());

  it("creates servers, groups with USIP per port, members, vservers and the record", () => {
    expect([...objects.keys()]).toEqual([
      "server/igel_srv_ums1",
      "server/igel_srv_ums2",
      "servicegroup/igel_sg_30001",
      "servicegroup/igel_sg_8443",
      "servicegroup/igel_sg_9080",
      "servicegroup_servicegroupmember_binding/igel_sg_30001/igel_srv_ums1/30001",
      "servicegroup_servicegroupmember_binding/igel_sg_30001/igel_srv_ums2/30001",
      "servicegroup_servicegroupmember_binding/igel_sg_8443/igel_srv_ums1/8443",
      "servicegroup_servicegroupmember_binding/igel_sg_8443/igel_srv_ums2/8443",
      "servicegroup_servicegroupmember_binding/igel_sg_9080/igel_srv_ums1/9080",
      "servicegroup_servicegroupmember_binding/igel_sg_9080/igel_srv_ums2/9080",
      "lbvserver/igel_vs_30001",
      "lbvserver/igel_vs_8443",
      "lbvserver/igel_vs_9080",
      "lbvserver_servicegroup_binding/igel_vs_30001/igel_sg_30001",
      "lbvserver_servicegroup_binding/igel_vs_8443/igel_sg_8443",
      "lbvserver_servicegroup_binding/igel_vs_9080/igel_sg_9080",
      "dnsaddrec/igel.corp.local/10.10.20.100",
    ]);
  });

  it("uses NITRO names and value forms", () => {
    expect(objects.get("servicegroup/igel_sg_8443")).toMatchObject({
      identity: { servicegroupname: "igel_sg_8443" },
      attributes: { servicegroupname: "igel_sg_8443", servicetype: "TCP", usip: "NO" },
      immutable: ["bootstrap", "cachetype", "memberport", "nodefaultbindings", "servicetype", "td"],
    });
    expect(objects.get("lbvserver/igel_vs_30001")).toEqual({
      id: "lbvserver/igel_vs_30001",
      resource: "lbvserver",
      identity: { name: "igel_vs_30001" },
      attributes: {
        name: "igel_vs_30001",
        servicetype: "TCP",
        ipv46: "10.10.20.100",
        port: 30001,
        persistencetype: "SOURCEIP",
        timeout: 5,
        persistmask: "255.255.255.255",
      },
      immutable: ["nodefaultbindings", "port", "range", "servicetype", "td"],
      dependsOn: [],
      label: "LB vserver igel_vs_30001 (TCP 10.10.20.100:30001)",
    });
    expect(objects.get("server/igel_srv_ums1")?.immutable).toContain("ipaddress");
  });

  it("makes members (group, server, port) identity-only and dependent on both ends", () => {
    const member = objects.get(
      "servicegroup_servicegroupmember_binding/igel_sg_8443/igel_srv_ums2/8443",
    );
    expect(member).toMatchObject({
      identity: { servicegroupname: "igel_sg_8443", servername: "igel_srv_ums2", port: 8443 },
      immutable: ["port", "servername", "servicegroupname"],
      dependsOn: ["servicegroup/igel_sg_8443", "server/igel_srv_ums2"],
    });
  });

  it("skips switched-off ports and the record when not wanted; FQDN servers use domain", () => {
    const doc = clone(igelExample());
    doc.loadBalancing.ports[2]!.enabled = false;
    doc.dns.netscalerRecord = false;
    doc.servers[1]!.address = "ums2.corp.local";
    const ids = [...byId(doc).keys()];
    expect(ids.some((id) => id.includes("9080"))).toBe(false);
    expect(ids.some((id) => id.startsWith("dnsaddrec/"))).toBe(false);
    expect(byId(doc).get("server/igel_srv_ums2")?.attributes).toEqual({
      name: "igel_srv_ums2",
      domain: "ums2.corp.local",
    });
  });

  it("writes only the attributes of the chosen persistence type", () => {
    const doc = clone(igelExample());
    doc.loadBalancing.persistence.type = "NONE";
    expect(byId(doc).get("lbvserver/igel_vs_8443")?.attributes).toEqual({
      name: "igel_vs_8443",
      servicetype: "TCP",
      ipv46: "10.10.20.100",
      port: 8443,
      persistencetype: "NONE",
    });
  });
});

describe("compile XenMobile", () => {
  const objects = byId(xenMobileExample());

  it("gives MAM members their node's custom server ID", () => {
    expect(
      objects.get("servicegroup_servicegroupmember_binding/xms_mam_sg_8443/xms_srv_xms2/8443")
        ?.attributes,
    ).toEqual({
      servicegroupname: "xms_mam_sg_8443",
      servername: "xms_srv_xms2",
      port: 8443,
      customserverid: "node-b",
    });
    expect(
      objects.get("servicegroup_servicegroupmember_binding/xms_mdm_sg_443/xms_srv_xms2/443")
        ?.attributes,
    ).not.toHaveProperty("customserverid");
  });

  it("puts CUSTOMSERVERID with the rule on the SSL MAM vserver", () => {
    expect(objects.get("lbvserver/xms_mam_vs_8443")?.attributes).toEqual({
      name: "xms_mam_vs_8443",
      servicetype: "SSL",
      ipv46: "10.20.1.51",
      port: 8443,
      persistencetype: "CUSTOMSERVERID",
      rule: 'HTTP.REQ.COOKIE.VALUE("ACNODEID")',
    });
    expect(objects.get("lbvserver/xms_mdm_vs_443")?.attributes.servicetype).toBe("SSL_BRIDGE");
  });

  it("binds the certificate and the App Controller with their referenced objects", () => {
    expect(objects.get("sslvserver_sslcertkey_binding/xms_mam_vs_8443/xms-cert")).toMatchObject({
      attributes: { vservername: "xms_mam_vs_8443", certkeyname: "xms-cert" },
      requires: [{ resource: "sslcertkey", name: "xms-cert" }],
      dependsOn: ["lbvserver/xms_mam_vs_8443"],
    });
    expect(
      objects.get("vpnvserver_appcontroller_binding/ag_vs/https://xms.corp.local:8443"),
    ).toMatchObject({
      attributes: { name: "ag_vs", appcontroller: "https://xms.corp.local:8443" },
      requires: [{ resource: "vpnvserver", name: "ag_vs" }],
      dependsOn: ["lbvserver/xms_mam_vs_8443", "dnsaddrec/xms.corp.local/10.20.1.51"],
    });
    expect(objects.get("dnsaddrec/xms.corp.local/10.20.1.51")?.attributes).toEqual({
      hostname: "xms.corp.local",
      ipaddress: "10.20.1.51",
    });
  });

  it("adds the HTTP-ECV monitor and binds it to every group when switched on", () => {
    const doc = clone(xenMobileExample());
    doc.monitor = { enabled: true, expectedReply: '"status":"ok"' };
    const withMonitor = byId(doc);
    expect(withMonitor.get("lbmonitor/xms_mon_getserverinfo")?.attributes).toEqual({
      monitorname: "xms_mon_getserverinfo",
      type: "HTTP-ECV",
      send: "GET /zdm/cxf/public/getserverinfo",
      recv: '"status":"ok"',
      secure: "YES",
    });
    const bindings = [...withMonitor.values()].filter(
      (o) => o.resource === "servicegroup_lbmonitor_binding",
    );
    expect(bindings.map((b) => b.attributes)).toEqual([
      { servicegroupname: "xms_mam_sg_8443", monitor_name: "xms_mon_getserverinfo" },
      { servicegroupname: "xms_mdm_sg_443", monitor_name: "xms_mon_getserverinfo" },
      { servicegroupname: "xms_mdm_sg_8443", monitor_name: "xms_mon_getserverinfo" },
    ]);
  });

  it("builds the App Controller URL from the FQDN and the MAM port", () => {
    const doc = clone(xenMobileExample());
    doc.mam.port = 9443;
    const binding = compile(doc).objects.find(
      (o) => o.resource === "vpnvserver_appcontroller_binding",
    );
    expect(binding?.attributes.appcontroller).toBe("https://xms.corp.local:9443");
  });
});
