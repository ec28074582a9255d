import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NitroError } from "./errors";
import { parseRecord, parseRecords } from "./parse";
import { haNodeSchema, haViewFromNodes } from "./resources/hanode";
import { lbVserverSchema } from "./resources/lbvserver";
import { serverSchema } from "./resources/server";
import { serviceGroupSchema } from "./resources/servicegroup";
import { serviceGroupMemberSchema } from "./resources/servicegroup-bindings";
import { sslVserverCertKeyBindingSchema } from "./resources/ssl";
import { serviceGroupStatsSchema, lbVserverStatsSchema } from "./resources/stats";
import { nsConfigSchema, nsVersionSchema, parseVersionText } from "./resources/system";
import { num, optFlag, strList, toOperationalState } from "./wire";

describe("wire helpers", () => {
  it("turns numbers sent as strings into numbers", () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        expect(num.parse(String(n))).toBe(n);
        expect(num.parse(n)).toBe(n);
      }),
    );
    expect(num.safeParse("abc").success).toBe(false);
    expect(num.safeParse("").success).toBe(false);
  });

  it("maps YES/NO, ENABLED/DISABLED, ON/OFF and JSON booleans", () => {
    expect(["YES", "ENABLED", "ON", "on", true].map((v) => optFlag.parse(v))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["NO", "DISABLED", "OFF", false].map((v) => optFlag.parse(v))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(optFlag.parse(undefined)).toBeUndefined();
    expect(optFlag.safeParse("MAYBE").success).toBe(false);
  });

  it("accepts a list as an array, one value or nothing", () => {
    expect(strList.parse(["200", "302"])).toEqual(["200", "302"]);
    expect(strList.parse("200")).toEqual(["200"]);
    expect(strList.parse(undefined)).toEqual([]);
  });

  it("normalises state tokens, including mixed case and spaces", () => {
    expect(toOperationalState("UP")).toBe("up");
    expect(toOperationalState("OUT OF SERVICE")).toBe("out_of_service");
    expect(toOperationalState("TROFS_DOWN")).toBe("down_going_out_of_service");
    expect(toOperationalState("PARTIAL-UP")).toBe("partial_up");
    expect(toOperationalState("Unknown")).toBe("unknown");
    expect(toOperationalState("NS_EMPTY_STR")).toBe("unknown");
    expect(toOperationalState(undefined)).toBe("unknown");
  });
});

describe("resource reshape", () => {
  it("server: state → enabled, td string → number", () => {
    expect(
      serverSchema.parse({ name: "ums1", ipaddress: "10.10.20.11", state: "DISABLED", td: "0" }),
    ).toEqual({
      name: "ums1",
      ipAddress: "10.10.20.11",
      domain: undefined,
      enabled: false,
      comment: undefined,
      td: 0,
    });
  });

  it("servicegroup: YES/NO and ENABLED/DISABLED become booleans, counters numbers", () => {
    const sg = serviceGroupSchema.parse({
      servicegroupname: "sg_ums_30001",
      servicetype: "TCP",
      usip: "YES",
      cip: "DISABLED",
      healthmonitor: "YES",
      maxclient: "0",
      servicegroupeffectivestate: "PARTIAL-UP",
      state: "ENABLED",
    });
    expect(sg).toMatchObject({
      name: "sg_ums_30001",
      usip: true,
      cip: false,
      healthMonitor: true,
      maxClient: 0,
      effectiveState: "partial_up",
      enabled: true,
    });
  });

  it("member: weight arrives as a string, customserverid None means unset", () => {
    const member = serviceGroupMemberSchema.parse({
      servicegroupname: "sg",
      servername: "xms1",
      port: 8443,
      weight: "1",
      customserverid: "None",
      svrstate: "UP",
      state: "ENABLED",
    });
    expect(member).toMatchObject({ port: 8443, weight: 1, state: "up", enabled: true });
    expect(member.customServerId).toBeUndefined();
  });

  it("lbvserver: read-only live fields are typed", () => {
    const vs = lbVserverSchema.parse({
      name: "vs",
      servicetype: "TCP",
      ipv46: "10.10.20.100",
      port: 30001,
      curstate: "DOWN",
      effectivestate: "UP",
      health: "50",
      activeservices: "1",
      totalservices: "2",
      timeout: "5",
      rule: "none",
    });
    expect(vs).toMatchObject({
      currentState: "down",
      effectiveState: "up",
      health: 50,
      activeServices: 1,
      totalServices: 2,
      timeout: 5,
      rule: undefined,
    });
  });

  it("ssl binding flags are real booleans or tokens, defaulting to false", () => {
    expect(
      sslVserverCertKeyBindingSchema.parse({
        vservername: "v",
        certkeyname: "xms-cert",
        snicert: true,
      }),
    ).toMatchObject({ sniCert: true, ca: false, skipCaName: false });
  });

  it("stat counters arrive as strings; statbindings members carry a composite group name", () => {
    expect(
      lbVserverStatsSchema.parse({ name: "vs", state: "UP", vslbhealth: "100", actsvcs: "2" }),
    ).toMatchObject({ state: "up", health: 100, activeServices: 2 });
    const sg = serviceGroupStatsSchema.parse({
      servicegroupname: "sg",
      state: "UP",
      servicegroupmember: [
        {
          servicegroupname: "sg?ums1?30001",
          primaryipaddress: "10.0.0.1",
          primaryport: 30001,
          state: "DOWN",
        },
      ],
    });
    expect(sg.members).toEqual([
      expect.objectContaining({
        serviceGroupName: "sg",
        serverName: "ums1",
        port: 30001,
        state: "down",
      }),
    ]);
    expect(serviceGroupStatsSchema.parse({ servicegroupname: "sg", state: "UP" }).members).toEqual(
      [],
    );
  });

  it("nsversion: parses release and build", () => {
    expect(
      nsVersionSchema.parse({ version: "NetScaler NS13.1: Build 49.15.nc, Date: Jul 10 2023" }),
    ).toMatchObject({ release: "13.1", build: "49.15" });
    expect(parseVersionText("weird")).toEqual({
      release: undefined,
      build: undefined,
      text: "weird",
    });
  });

  it("nsconfig: configchanged as token or boolean", () => {
    expect(nsConfigSchema.parse({ configchanged: "YES" }).configChanged).toBe(true);
    expect(nsConfigSchema.parse({ configchanged: false }).configChanged).toBe(false);
    expect(nsConfigSchema.parse({}).configChanged).toBeUndefined();
  });

  it("hanode: role of this node and the address of the primary", () => {
    const nodes = parseRecords(
      haNodeSchema,
      [
        { id: "0", ipaddress: "10.0.0.2", state: "Secondary" },
        { id: 1, ipaddress: "10.0.0.1", state: "Primary" },
      ],
      "hanode",
    );
    expect(haViewFromNodes(nodes)).toEqual({
      role: "secondary",
      primaryAddress: "10.0.0.1",
      peerAddress: "10.0.0.1",
    });
    expect(
      haViewFromNodes([parseRecord(haNodeSchema, { id: 0, state: "Primary" }, "hanode")]),
    ).toEqual({
      role: "standalone",
    });
  });

  it("reports a record that does not fit, naming fields but not values", () => {
    try {
      parseRecord(serverSchema, { name: 42, td: "secret-ish" }, "server");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NitroError);
      const e = error as NitroError;
      expect(e.kind).toBe("bad_response");
      expect(e.message).toContain("name");
      expect(e.message).not.toContain("secret-ish");
    }
  });
});
