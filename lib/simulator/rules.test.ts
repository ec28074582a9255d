import { describe, expect, it } from "vitest";
import { simulatorWithClientPerFile } from "./testing/client-per-file";

const lab = simulatorWithClientPerFile();

const code = (reply: { status: number; json: Record<string, unknown> }) => [
  reply.status,
  reply.json.errorcode,
];

const bindGroup = (name: string, servicegroupname: string) =>
  lab.nitro.put("lbvserver_servicegroup_binding", { name, servicegroupname });

const bindMember = (member: Record<string, unknown>) =>
  lab.nitro.put("servicegroup_servicegroupmember_binding", member);

const unbindMember = (nameAndArgs: string) =>
  lab.nitro.del("servicegroup_servicegroupmember_binding", nameAndArgs);

const bindCert = (vservername: string, certkeyname: string) =>
  lab.nitro.put("sslvserver_sslcertkey_binding", { vservername, certkeyname });

async function xmsMamSetup(): Promise<void> {
  await lab.nitro.add("server", { name: "xms01", ipaddress: "10.20.1.11" });
  await lab.nitro.add("servicegroup", { servicegroupname: "sg_mam", servicetype: "SSL" });
  await bindMember({
    servicegroupname: "sg_mam",
    servername: "xms01",
    port: 8443,
    customserverid: "1",
  });
  await lab.nitro.addLbVserver("vs_mam", "SSL", "10.20.1.50", 8443, {
    persistencetype: "CUSTOMSERVERID",
    rule: 'HTTP.REQ.COOKIE.VALUE("ACNODEID")',
  });
}

describe("appliance rules", () => {
  it("refuses to delete a server bound in a service group (1070)", async () => {
    await xmsMamSetup();
    const reply = await lab.nitro.del("server", "xms01");
    expect(code(reply)).toEqual([599, 1070]);
    expect(String(reply.json.message)).toContain("sg_mam");
  });

  it("refuses to delete a service group bound to a vserver (315)", async () => {
    await xmsMamSetup();
    await bindGroup("vs_mam", "sg_mam");
    expect(code(await lab.nitro.del("servicegroup", "sg_mam"))).toEqual([599, 315]);
    await lab.nitro.del("lbvserver_servicegroup_binding", "vs_mam?args=servicegroupname:sg_mam");
    expect(code(await lab.nitro.del("servicegroup", "sg_mam"))).toEqual([200, 0]);
    // members went with the group, so the server is free again
    expect(code(await lab.nitro.del("server", "xms01"))).toEqual([200, 0]);
  });

  it("refuses to delete a bound certificate (1541)", async () => {
    const reply = await lab.nitro.del("sslcertkey", "wildcard-corp-local");
    expect(code(reply)).toEqual([599, 1541]);
    expect(code(await lab.nitro.del("sslcertkey", "xms-cert"))).toEqual([200, 0]);
  });

  it("refuses a servicetype mismatch on bind (1304) but allows SSL offload to HTTP", async () => {
    await lab.nitro.add("servicegroup", { servicegroupname: "sg_tcp", servicetype: "TCP" });
    await lab.nitro.add("servicegroup", { servicegroupname: "sg_http", servicetype: "HTTP" });
    await lab.nitro.addLbVserver("vs_ssl", "SSL", "10.20.1.60", 443);
    const bad = await bindGroup("vs_ssl", "sg_tcp");
    expect(code(bad)).toEqual([400, 1304]);
    const ok = await bindGroup("vs_ssl", "sg_http");
    expect(code(ok)).toEqual([201, 0]);
  });

  it("allows CUSTOMSERVERID persistence only on HTTP/SSL vservers (1345)", async () => {
    const bridge = await lab.nitro.addLbVserver("vs_mdm", "SSL_BRIDGE", "10.20.1.60", 443, {
      persistencetype: "CUSTOMSERVERID",
    });
    expect(code(bridge)).toEqual([400, 1345]);
    await lab.nitro.addLbVserver("vs_mdm", "SSL_BRIDGE", "10.20.1.60", 443);
    expect(
      code(await lab.nitro.put("lbvserver", { name: "vs_mdm", persistencetype: "CUSTOMSERVERID" })),
    ).toEqual([400, 1345]);
    await xmsMamSetup();
    expect(await lab.nitro.rows("config/lbvserver/vs_mam?attrs=persistencetype")).toEqual([
      { persistencetype: "CUSTOMSERVERID" },
    ]);
  });

  it("refuses a second vserver on the same VIP and port (304), also across types", async () => {
    await lab.nitro.addLbVserver("a", "TCP", "10.10.20.100", 30001);
    const clash = await lab.nitro.addLbVserver("b", "TCP", "10.10.20.100", 30001);
    expect(code(clash)).toEqual([599, 304]);
    expect(code(await lab.nitro.addLbVserver("b", "TCP", "10.10.20.100", 8443))).toEqual([201, 0]);
    const onGateway = await lab.nitro.addLbVserver("c", "SSL", "10.20.1.20", 443);
    expect(code(onGateway)).toEqual([599, 304]);
  });

  it("creates the sslvserver twin of an SSL vserver and removes it with the vserver", async () => {
    await xmsMamSetup();
    expect(await lab.nitro.rows("config/sslvserver/vs_mam?attrs=vservername,tls12")).toEqual([
      { vservername: "vs_mam", tls12: "ENABLED" },
    ]);
    expect(
      code(await lab.nitro.put("sslvserver", { vservername: "vs_mam", tls13: "ENABLED" })),
    ).toEqual([200, 0]);
    expect(code(await lab.nitro.add("sslvserver", { vservername: "x" }))).toEqual([400, 1240]);
    const bind = await bindCert("vs_mam", "xms-cert");
    expect(code(bind)).toEqual([201, 0]);
    expect(
      await lab.nitro.rows("config/sslvserver_sslcertkey_binding/vs_mam?attrs=certkeyname,snicert"),
    ).toEqual([{ certkeyname: "xms-cert", snicert: false }]);
    await lab.nitro.del("lbvserver", "vs_mam");
    expect(code(await lab.nitro.get("config/sslvserver/vs_mam"))).toEqual([404, 461]);
    expect(code(await lab.nitro.del("sslcertkey", "xms-cert"))).toEqual([200, 0]);
  });

  it("binds certificates only to SSL vservers (1544, 461, 1540)", async () => {
    await lab.nitro.addLbVserver("vs_tcp", "TCP", "10.10.20.100", 9080);
    const nonSsl = await bindCert("vs_tcp", "xms-cert");
    expect(code(nonSsl)).toEqual([400, 1544]);
    const missing = await bindCert("nope", "xms-cert");
    expect(code(missing)).toEqual([404, 461]);
    expect(code(await lab.nitro.get("config/sslvserver/nope"))).toEqual([404, 461]);
    await xmsMamSetup();
    const noCert = await bindCert("vs_mam", "nope");
    expect(code(noCert)).toEqual([404, 1540]);
  });

  it("refuses duplicate binds with 409/273", async () => {
    await xmsMamSetup();
    const again = await bindMember({
      servicegroupname: "sg_mam",
      servername: "xms01",
      port: 8443,
    });
    expect(code(again)).toEqual([409, 273]);
    await bindGroup("vs_mam", "sg_mam");
    const twice = await lab.nitro.call("POST", "/nitro/v1/config/lbvserver_servicegroup_binding", {
      lbvserver_servicegroup_binding: { name: "vs_mam", servicegroupname: "sg_mam" },
    });
    expect(code(twice)).toEqual([409, 273]);
  });

  it("refuses ip and servername together on a member (1092) and binds by IP", async () => {
    await lab.nitro.add("servicegroup", { servicegroupname: "sg", servicetype: "TCP" });
    await lab.nitro.add("server", { name: "ums01", ipaddress: "10.10.20.11" });
    const both = await bindMember({
      servicegroupname: "sg",
      servername: "ums01",
      ip: "10.10.20.11",
      port: 30001,
    });
    expect(code(both)).toEqual([400, 1092]);
    expect(both.json.message).toBe("Arguments cannot both be specified [serverName, IP]");
    const byIp = await bindMember({
      servicegroupname: "sg",
      ip: "10.10.20.12",
      port: 30001,
    });
    expect(code(byIp)).toEqual([201, 0]);
    expect(await lab.nitro.rows("config/server/10.10.20.12?attrs=name,ipaddress")).toEqual([
      { name: "10.10.20.12", ipaddress: "10.10.20.12" },
    ]);
    const unbind = await unbindMember("sg?args=ip:10.10.20.12,port:30001");
    expect(code(unbind)).toEqual([200, 0]);
    const unbindBoth = await unbindMember("sg?args=ip:10.10.20.11,servername:ums01,port:30001");
    expect(code(unbindBoth)).toEqual([400, 1092]);
  });

  it("reports missing parents and bindings with 404/258", async () => {
    expect(
      code(await lab.nitro.get("config/servicegroup_servicegroupmember_binding/none")),
    ).toEqual([404, 258]);
    await lab.nitro.add("servicegroup", { servicegroupname: "sg", servicetype: "TCP" });
    expect(await lab.nitro.get("config/servicegroup_servicegroupmember_binding/sg")).toMatchObject({
      status: 200,
      json: { errorcode: 0 },
    });
    expect(code(await unbindMember("sg?args=servername:x,port:1"))).toEqual([404, 258]);
    const noServer = await bindMember({
      servicegroupname: "sg",
      servername: "ghost",
      port: 1,
    });
    expect(code(noServer)).toEqual([404, 258]);
  });

  it("updates member weight and customserverid through the service group", async () => {
    await xmsMamSetup();
    const reply = await lab.nitro.put("servicegroup", {
      servicegroupname: "sg_mam",
      servername: "xms01",
      port: 8443,
      weight: 3,
      customserverid: "2",
    });
    expect(code(reply)).toEqual([200, 0]);
    expect(
      await lab.nitro.rows(
        "config/servicegroup_servicegroupmember_binding/sg_mam?attrs=weight,customserverid",
      ),
    ).toEqual([{ weight: "3", customserverid: "2" }]);
  });

  it("keeps one record per host and address for dnsaddrec (no idempotent add)", async () => {
    expect(
      code(
        await lab.nitro.add("dnsaddrec", { hostname: "xms.corp.local", ipaddress: "10.20.1.50" }),
      ),
    ).toEqual([201, 0]);
    expect(
      code(
        await lab.nitro.add("dnsaddrec", { hostname: "xms.corp.local", ipaddress: "10.20.1.51" }),
      ),
    ).toEqual([201, 0]);
    const repeat = await lab.nitro.add(
      "dnsaddrec",
      { hostname: "xms.corp.local", ipaddress: "10.20.1.50" },
      "?idempotent=yes",
    );
    expect(code(repeat)).toEqual([409, 273]);
    expect(await lab.nitro.rows("config/dnsaddrec/xms.corp.local?attrs=ipaddress,ttl")).toEqual([
      { ipaddress: "10.20.1.50", ttl: "3600" },
      { ipaddress: "10.20.1.51", ttl: "3600" },
    ]);
    await lab.nitro.del("dnsaddrec", "xms.corp.local?args=ipaddress:10.20.1.50");
    expect(await lab.nitro.rows("config/dnsaddrec/xms.corp.local?attrs=ipaddress")).toEqual([
      { ipaddress: "10.20.1.51" },
    ]);
  });

  it("binds the App Controller URL to the Gateway vserver", async () => {
    const url = "https://xms.corp.local:8443";
    expect(
      code(
        await lab.nitro.put("vpnvserver_appcontroller_binding", {
          name: "ag_vs",
          appcontroller: url,
        }),
      ),
    ).toEqual([201, 0]);
    expect(
      await lab.nitro.rows("config/vpnvserver_appcontroller_binding/ag_vs?attrs=appcontroller"),
    ).toEqual([{ appcontroller: url }]);
    const unbind = await lab.nitro.del(
      "vpnvserver_appcontroller_binding",
      `ag_vs?args=appcontroller:${encodeURIComponent(url)}`,
    );
    expect(code(unbind)).toEqual([200, 0]);
    expect(
      code(
        await lab.nitro.put("vpnvserver_appcontroller_binding", {
          name: "nope",
          appcontroller: url,
        }),
      ),
    ).toEqual([404, 258]);
  });

  it("keeps monitors that are bound or built in", async () => {
    await lab.nitro.add("lbmonitor", {
      monitorname: "mon_xms",
      type: "HTTP-ECV",
      send: "GET /zdm/cxf/public/getserverinfo",
    });
    await lab.nitro.add("servicegroup", { servicegroupname: "sg", servicetype: "SSL" });
    expect(
      code(
        await lab.nitro.put("servicegroup_lbmonitor_binding", {
          servicegroupname: "sg",
          monitor_name: "mon_xms",
        }),
      ),
    ).toEqual([201, 0]);
    expect(code(await lab.nitro.del("lbmonitor", "mon_xms?args=type:HTTP-ECV"))).toEqual([
      599, 2131,
    ]);
    expect(code(await lab.nitro.del("lbmonitor", "tcp-default?args=type:TCP"))).toEqual([403, 257]);
    await lab.nitro.del("servicegroup_lbmonitor_binding", "sg?args=monitor_name:mon_xms");
    expect(code(await lab.nitro.del("lbmonitor", "mon_xms?args=type:HTTP-ECV"))).toEqual([200, 0]);
  });

  it("switches partitions per session and keeps their objects apart", async () => {
    expect(code(await lab.nitro.add("nspartition", { partitionname: "p_dmz" }))).toEqual([201, 0]);
    expect(
      code(await lab.nitro.action("nspartition", "Switch", { partitionname: "p_dmz" })),
    ).toEqual([200, 0]);
    await lab.nitro.add("server", { name: "only-in-dmz", ipaddress: "10.30.0.1" });
    expect(await lab.nitro.rows("config/server?attrs=name")).toEqual([{ name: "only-in-dmz" }]);
    expect(
      code(await lab.nitro.action("nspartition", "Switch", { partitionname: "nope" })),
    ).toEqual([404, 2755]);
    await lab.nitro.action("nspartition", "Switch", { partitionname: "default" });
    expect(await lab.nitro.rows("config/server?attrs=name")).toEqual([]);
  });
});
