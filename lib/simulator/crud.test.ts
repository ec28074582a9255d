import { describe, expect, it } from "vitest";
import { simulatorWithClientPerFile } from "./testing/client-per-file";

const lab = simulatorWithClientPerFile();

describe("CRUD and envelopes", () => {
  it("returns an envelope without the type key for an empty list", async () => {
    const reply = await lab.nitro.get("config/lbvserver");
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ errorcode: 0, message: "Done", severity: "NONE" });
  });

  it("creates, reads, updates and deletes a server", async () => {
    const created = await lab.nitro.add("server", { name: "ums01", ipaddress: "10.10.20.11" });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ errorcode: 0, message: "Done", severity: "NONE" });

    const got = await lab.nitro.get("config/server/ums01");
    expect(got.json.server).toEqual([
      expect.objectContaining({ name: "ums01", ipaddress: "10.10.20.11", state: "ENABLED" }),
    ]);

    const byPath = await lab.nitro.put("server", { comment: "first" }, "/ums01");
    expect(byPath.status).toBe(200);
    const byBody = await lab.nitro.put("server", { name: "ums01", ipaddress: "10.10.20.12" });
    expect(byBody.status).toBe(200);
    expect(await lab.nitro.rows("config/server/ums01")).toEqual([
      expect.objectContaining({ comment: "first", ipaddress: "10.10.20.12" }),
    ]);

    expect((await lab.nitro.del("server", "ums01")).status).toBe(200);
    const gone = await lab.nitro.get("config/server/ums01");
    expect([gone.status, gone.json.errorcode, gone.json.severity]).toEqual([404, 258, "ERROR"]);
    expect(gone.json.message).toBe("No such resource [name, ums01]");
  });

  it("refuses a duplicate add with 409/273", async () => {
    await lab.nitro.add("server", { name: "a", ipaddress: "10.10.20.11" });
    const dup = await lab.nitro.add("server", { name: "a", ipaddress: "10.10.20.13" });
    expect([dup.status, dup.json.errorcode]).toEqual([409, 273]);
  });

  it("refuses unknown and read-only attributes with 278", async () => {
    const unknown = await lab.nitro.add("server", {
      name: "a",
      ipaddress: "10.1.1.1",
      colour: "red",
    });
    expect([unknown.status, unknown.json.errorcode, unknown.json.message]).toEqual([
      400,
      278,
      "Invalid argument [colour]",
    ]);
    const readOnly = await lab.nitro.add("lbvserver", {
      name: "v",
      servicetype: "HTTP",
      curstate: "UP",
    });
    expect(readOnly.json.errorcode).toBe(278);
  });

  it("refuses immutable attributes (servicetype, port) on update", async () => {
    await lab.nitro.addLbVserver("v", "HTTP", "10.10.20.100", 80);
    for (const patch of [{ servicetype: "TCP" }, { port: 81 }, { state: "DISABLED" }]) {
      const reply = await lab.nitro.put("lbvserver", { name: "v", ...patch });
      expect([reply.status, reply.json.errorcode]).toEqual([400, 278]);
    }
    const ok = await lab.nitro.put("lbvserver", { name: "v", lbmethod: "ROUNDROBIN" });
    expect(ok.status).toBe(200);
  });

  it("checks value types and enums (1097) and required arguments (1095)", async () => {
    const enumBad = await lab.nitro.add("lbvserver", { name: "v", servicetype: "HTTPS" });
    expect([enumBad.status, enumBad.json.errorcode]).toEqual([400, 1097]);
    const typeBad = await lab.nitro.add("lbvserver", {
      name: "v",
      servicetype: "HTTP",
      port: "eighty",
    });
    expect(typeBad.json.errorcode).toBe(1097);
    const missing = await lab.nitro.add("servicegroup", { servicegroupname: "sg" });
    expect([missing.json.errorcode, missing.json.message]).toEqual([
      1095,
      "Required argument missing [servicetype]",
    ]);
  });

  it("fills appliance defaults and returns Double fields as strings", async () => {
    await lab.nitro.addLbVserver("vs_ums", "TCP", "10.10.20.100", 30001, {
      persistencetype: "SOURCEIP",
    });
    const [vs] = await lab.nitro.rows("config/lbvserver/vs_ums");
    expect(vs).toMatchObject({
      name: "vs_ums",
      port: 30001,
      lbmethod: "LEASTCONNECTION",
      persistencetype: "SOURCEIP",
      timeout: "2",
      persistmask: "255.255.255.255",
      clttimeout: "9000",
      state: "ENABLED",
      curstate: "DOWN",
      effectivestate: "DOWN",
      health: "0",
      activeservices: "0",
      totalservices: "0",
    });
    await lab.nitro.add("servicegroup", {
      servicegroupname: "sg",
      servicetype: "TCP",
      usip: "YES",
    });
    await lab.nitro.add("server", { name: "ums01", ipaddress: "10.10.20.11" });
    await lab.nitro.put("servicegroup_servicegroupmember_binding", {
      servicegroupname: "sg",
      servername: "ums01",
      port: 30001,
    });
    const [member] = await lab.nitro.rows("config/servicegroup_servicegroupmember_binding/sg");
    expect(member).toMatchObject({
      servicegroupname: "sg",
      servername: "ums01",
      ip: "10.10.20.11",
      port: 30001,
      weight: "1",
      customserverid: "None",
      state: "ENABLED",
      svrstate: "UP",
    });
    expect(member?.statechangetimesec).toMatch(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/);
    expect(typeof member?.tickssincelaststatechange).toBe("string");
    const [sg] = await lab.nitro.rows("config/servicegroup/sg");
    expect(sg).toMatchObject({ usip: "YES", cip: "DISABLED", healthmonitor: "YES", td: "0" });
    expect(sg?.servicegroupeffectivestate).toBe("UP");
  });

  it("supports attrs=, filter= (also regex) and count=yes", async () => {
    await lab.nitro.add("server", { name: "ums01", ipaddress: "10.10.20.11", comment: "ums" });
    await lab.nitro.add("server", { name: "ums02", ipaddress: "10.10.20.12", comment: "ums" });
    await lab.nitro.add("server", { name: "xms01", ipaddress: "10.20.1.11" });
    expect(await lab.nitro.rows("config/server?attrs=name,ipaddress&filter=comment:ums")).toEqual([
      { name: "ums01", ipaddress: "10.10.20.11" },
      { name: "ums02", ipaddress: "10.10.20.12" },
    ]);
    expect(await lab.nitro.rows("config/server?filter=name:%2F%5Exms%2F&attrs=name")).toEqual([
      { name: "xms01" },
    ]);
    const count = await lab.nitro.get("config/server?count=yes");
    expect(count.json.server).toEqual([{ __count: 3 }]);
  });

  it("decodes names percent-encoded twice in the path", async () => {
    const name = "web/01 #a%b";
    await lab.nitro.add("server", { name, ipaddress: "10.10.20.21" });
    const twice = encodeURIComponent(encodeURIComponent(name));
    expect(await lab.nitro.rows(`config/server/${twice}?attrs=name`)).toEqual([{ name }]);
    await lab.nitro.add("servicegroup", { servicegroupname: "sg a/b", servicetype: "HTTP" });
    await lab.nitro.put("servicegroup_servicegroupmember_binding", {
      servicegroupname: "sg a/b",
      servername: name,
      port: 80,
    });
    const sgPath = encodeURIComponent(encodeURIComponent("sg a/b"));
    const unbind = await lab.nitro.del(
      "servicegroup_servicegroupmember_binding",
      `${sgPath}?args=servername:${encodeURIComponent(name)},port:80`,
    );
    expect(unbind.status).toBe(200);
    expect((await lab.nitro.del("server", twice)).status).toBe(200);
  });

  it("treats POST ?idempotent=yes as add-or-update", async () => {
    const first = await lab.nitro.add(
      "server",
      { name: "a", ipaddress: "10.10.20.11" },
      "?idempotent=yes",
    );
    expect(first.status).toBe(201);
    const again = await lab.nitro.add(
      "server",
      { name: "a", ipaddress: "10.10.20.12", comment: "moved" },
      "?idempotent=yes",
    );
    expect(again.status).toBe(201);
    expect(await lab.nitro.rows("config/server/a?attrs=ipaddress,comment")).toEqual([
      { ipaddress: "10.10.20.12", comment: "moved" },
    ]);
    await lab.nitro.add("lbvserver", { name: "v", servicetype: "HTTP" });
    const immutable = await lab.nitro.add(
      "lbvserver",
      { name: "v", servicetype: "TCP" },
      "?idempotent=yes",
    );
    expect(immutable.json.errorcode).toBe(278);
  });

  it("keeps admin state out of PUT: enable/disable/unset are actions", async () => {
    await lab.nitro.add("lbvserver", { name: "v", servicetype: "HTTP", comment: "x" });
    expect((await lab.nitro.action("lbvserver", "disable", { name: "v" })).status).toBe(200);
    expect(await lab.nitro.rows("config/lbvserver/v?attrs=state,curstate")).toEqual([
      { state: "DISABLED", curstate: "OUT OF SERVICE" },
    ]);
    await lab.nitro.action("lbvserver", "enable", { name: "v" });
    await lab.nitro.action("lbvserver", "unset", { name: "v", comment: true });
    const [vs] = await lab.nitro.rows("config/lbvserver/v");
    expect(vs?.state).toBe("ENABLED");
    expect(vs?.comment).toBeUndefined();
    const bad = await lab.nitro.action("lbvserver", "explode", { name: "v" });
    expect([bad.status, bad.json.errorcode]).toEqual([400, 1240]);
  });

  it("answers 400/1232 for a resource type it does not model", async () => {
    const reply = await lab.nitro.get("config/csvserver");
    expect([reply.status, reply.json.errorcode]).toEqual([400, 1232]);
  });
});

describe("seeded appliance", () => {
  it("looks like a lab box: version, host name, NSIP/SNIPs, certificates, Gateway, HA, partition", async () => {
    const version = await lab.nitro.get("config/nsversion");
    expect(version.json.nsversion).toMatchObject({
      version: expect.stringMatching(/^NetScaler NS14\.1: Build 25\.53\.nc, Date: /),
    });
    expect(await lab.nitro.rows("config/nshostname")).toEqual([{ hostname: "ns-sim-01" }]);
    const ips = await lab.nitro.rows("config/nsip?attrs=ipaddress,type,netmask");
    expect(ips).toEqual(
      expect.arrayContaining([
        { ipaddress: "10.0.0.10", type: "NSIP", netmask: "255.255.255.0" },
        { ipaddress: "10.10.20.5", type: "SNIP", netmask: "255.255.255.0" },
        { ipaddress: "10.20.1.5", type: "SNIP", netmask: "255.255.255.0" },
      ]),
    );
    const certs = (await lab.nitro.rows("config/sslcertkey?attrs=certkey")).map((c) => c.certkey);
    expect(certs).toEqual(
      expect.arrayContaining(["xms-cert", "wildcard-corp-local", "ns-server-certificate"]),
    );
    const [ag] = await lab.nitro.rows("config/vpnvserver/ag_vs");
    expect(ag).toMatchObject({ name: "ag_vs", servicetype: "SSL", port: 443 });
    expect(String(ag?.ipv46)).toMatch(/^10\.20\.1\./);
    expect(["10.10.20.100", "10.20.1.50", "10.20.1.51"]).not.toContain(ag?.ipv46);
    expect(await lab.nitro.rows("config/hanode?attrs=id,state")).toEqual([
      { id: "0", state: "Primary" },
    ]);
    expect(await lab.nitro.rows("config/nspartition?attrs=partitionname")).toEqual([
      { partitionname: "default" },
    ]);
    expect(await lab.nitro.rows("config/lbmonitor/tcp-default?attrs=monitorname,type")).toEqual([
      { monitorname: "tcp-default", type: "TCP" },
    ]);
  });
});
