import { describe, expect, it } from "vitest";
import { compile } from "../compile";
import type { DesiredObject } from "../compile/desired";
import { clone, xenMobileExample } from "../testing/examples";
import { cliForCreate, cliForDelete, cliForUpdate } from "./cli";
import { cliQuote } from "./cli-quote";

function object(id: string, doc = xenMobileExample()): DesiredObject {
  const found = compile(doc).objects.find((o) => o.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe("cliQuote", () => {
  it.each([
    ["ums1", "ums1"],
    ["https://xms.corp.local:8443", "https://xms.corp.local:8443"],
    ["ums 1", '"ums 1"'],
    ["a#b", '"a#b"'],
    ['HTTP.REQ.COOKIE.VALUE("ACNODEID")', `'HTTP.REQ.COOKIE.VALUE("ACNODEID")'`],
    [`it's "x"`, `"it's \\"x\\""`],
    ["back\\slash", '"back\\\\slash"'],
    ["", '""'],
    ["-x", '"-x"'],
    [443, "443"],
  ])("%s → %s", (value, expected) => {
    expect(cliQuote(value)).toBe(expected);
  });

  it("refuses control characters (validation keeps them out)", () => {
    expect(() => cliQuote("a\nb")).toThrow(/control characters/);
  });
});

describe("per-object CLI", () => {
  it("creates, with quoting, every resource kind", () => {
    const doc = clone(xenMobileExample());
    doc.monitor = { enabled: true, expectedReply: "Server is up" };
    doc.nodes[0]!.name = "xms one";
    const lines = compile(doc).objects.map(cliForCreate);
    expect(lines).toContain(
      `add lb monitor xms_mon_getserverinfo HTTP-ECV -send "GET /zdm/cxf/public/getserverinfo" -recv "Server is up" -secure YES`,
    );
    expect(lines).toContain(`add server "xms_srv_xms one" 10.20.0.11`);
    expect(lines).toContain(
      `bind serviceGroup xms_mam_sg_8443 "xms_srv_xms one" 8443 -CustomServerID node-a`,
    );
    expect(lines).toContain("bind serviceGroup xms_mdm_sg_443 -monitorName xms_mon_getserverinfo");
  });

  it("deletes with rm / unbind and the identifying arguments", () => {
    const doc = clone(xenMobileExample());
    doc.monitor = { enabled: true, expectedReply: "up" };
    const lines = compile(doc).objects.map(cliForDelete);
    expect(lines).toEqual(
      expect.arrayContaining([
        "rm server xms_srv_xms1",
        "rm lb monitor xms_mon_getserverinfo HTTP-ECV",
        "rm serviceGroup xms_mdm_sg_443",
        "unbind serviceGroup xms_mam_sg_8443 xms_srv_xms1 8443",
        "unbind serviceGroup xms_mdm_sg_443 -monitorName xms_mon_getserverinfo",
        "rm lb vserver xms_mam_vs_8443",
        "unbind lb vserver xms_mam_vs_8443 xms_mam_sg_8443",
        "unbind ssl vserver xms_mam_vs_8443 -certkeyName xms-cert",
        "rm dns addRec xms.corp.local 10.20.1.51",
        "unbind vpn vserver ag_vs -appController https://xms.corp.local:8443",
      ]),
    );
  });

  it("sets changed attributes and unsets dropped ones", () => {
    const doc = clone(xenMobileExample());
    doc.mam.persistence.type = "SOURCEIP";
    doc.mam.vip = "10.20.1.52";
    const vserver = object("lbvserver/xms_mam_vs_8443", doc);
    expect(
      cliForUpdate(vserver, ["ipv46", "persistencetype", "timeout", "persistmask", "rule"]),
    ).toEqual([
      "set lb vserver xms_mam_vs_8443 -IPAddress 10.20.1.52 -persistenceType SOURCEIP -timeout 5 -persistMask 255.255.255.255",
      "unset lb vserver xms_mam_vs_8443 -rule",
    ]);
    const group = object("servicegroup/xms_mam_sg_8443");
    const withUsip = { ...group, attributes: { ...group.attributes, usip: "NO" } };
    expect(cliForUpdate(withUsip, ["usip"])).toEqual(["set serviceGroup xms_mam_sg_8443 -usip NO"]);
  });

  it("refuses in-place changes of immutable attributes", () => {
    expect(() => cliForUpdate(object("lbvserver/xms_mdm_vs_443"), ["port"])).toThrow(
      /cannot change in place/,
    );
    expect(() =>
      cliForUpdate(
        object("servicegroup_servicegroupmember_binding/xms_mam_sg_8443/xms_srv_xms1/8443"),
        ["customserverid"],
      ),
    ).toThrow(/delete and re-create/);
  });

  it("sets a monitor with its type", () => {
    const doc = clone(xenMobileExample());
    doc.monitor = { enabled: true, expectedReply: "v2" };
    expect(cliForUpdate(object("lbmonitor/xms_mon_getserverinfo", doc), ["recv"])).toEqual([
      "set lb monitor xms_mon_getserverinfo HTTP-ECV -recv v2",
    ]);
  });
});
