import { describe, expect, it } from "vitest";
import { encodeName as nitroEncodeName } from "@/lib/nitro/url";
import { compile } from "../compile";
import type { DesiredObject } from "../compile/desired";
import { igelExample, xenMobileExample } from "../testing/examples";
import { encodeName } from "./nitro-encode";
import {
  MASK,
  nitroCreateRequest,
  nitroDeleteRequest,
  nitroRequests,
  nitroRequestsJson,
  nitroRollbackRequests,
  nitroUpdateRequests,
} from "./nitro-requests";

const xms = compile(xenMobileExample());
const find = (id: string): DesiredObject => {
  const o = xms.objects.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};

describe("NITRO request list", () => {
  it("adds objects with POST and binds with PUT, ending with a save", () => {
    const requests = nitroRequests(compile(igelExample()));
    expect(requests[0]).toEqual({
      method: "POST",
      path: "/nitro/v1/config/server",
      body: { server: { name: "igel_srv_ums1", ipaddress: "10.10.20.11" } },
      objectId: "server/igel_srv_ums1",
    });
    const member = requests.find((r) =>
      r.path.endsWith("/servicegroup_servicegroupmember_binding"),
    );
    expect(member).toMatchObject({
      method: "PUT",
      body: {
        servicegroup_servicegroupmember_binding: {
          servicegroupname: "igel_sg_30001",
          servername: "igel_srv_ums1",
          port: 30001,
        },
      },
    });
    expect(requests.at(-1)).toEqual({
      method: "POST",
      path: "/nitro/v1/config/nsconfig?action=save",
      body: { nsconfig: {} },
    });
  });

  it("deletes by primary key (encoded twice) with args encoded once", () => {
    expect(
      nitroDeleteRequest(find("vpnvserver_appcontroller_binding/ag_vs/https://xms.corp.local:8443"))
        .path,
    ).toBe(
      "/nitro/v1/config/vpnvserver_appcontroller_binding/ag_vs?args=appcontroller:https%3A%2F%2Fxms.corp.local%3A8443",
    );
    expect(
      nitroDeleteRequest(
        find("servicegroup_servicegroupmember_binding/xms_mam_sg_8443/xms_srv_xms1/8443"),
      ).path,
    ).toBe(
      "/nitro/v1/config/servicegroup_servicegroupmember_binding/xms_mam_sg_8443?args=servername:xms_srv_xms1,port:8443",
    );
    expect(nitroDeleteRequest(find("dnsaddrec/xms.corp.local/10.20.1.51")).path).toBe(
      "/nitro/v1/config/dnsaddrec/xms.corp.local?args=ipaddress:10.20.1.51",
    );
    const spaced = {
      ...find("server/xms_srv_xms1"),
      attributes: { name: "a b#c/d", ipaddress: "10.0.0.1" },
    };
    expect(nitroDeleteRequest(spaced).path).toBe("/nitro/v1/config/server/a%2520b%2523c%252Fd");
  });

  it("encodes names exactly like lib/nitro", () => {
    for (const name of ["a b", "x#y", "p/q", "it's (1)*!", "ü"])
      expect(encodeName(name)).toBe(nitroEncodeName(name));
  });

  it("prints the list as JSON", () => {
    const parsed: unknown = JSON.parse(nitroRequestsJson(xms));
    expect(parsed).toEqual(nitroRequests(xms));
  });

  it("rolls back in reverse order", () => {
    const rollback = nitroRollbackRequests(xms);
    expect(rollback[0]?.objectId).toBe(xms.objects.at(-1)?.id);
    expect(rollback.every((r, i) => i === rollback.length - 1 || r.method === "DELETE")).toBe(true);
  });

  it("updates with PUT (key in the body) and unsets with ?action=unset", () => {
    const vserver = find("lbvserver/xms_mam_vs_8443");
    const { rule: _dropped, ...attributes } = vserver.attributes;
    const changed = {
      ...vserver,
      attributes: { ...attributes, persistencetype: "SOURCEIP", timeout: 5 },
    };
    expect(nitroUpdateRequests(changed, ["persistencetype", "timeout", "rule"])).toEqual([
      {
        method: "PUT",
        path: "/nitro/v1/config/lbvserver",
        body: { lbvserver: { name: "xms_mam_vs_8443", persistencetype: "SOURCEIP", timeout: 5 } },
        objectId: "lbvserver/xms_mam_vs_8443",
      },
      {
        method: "POST",
        path: "/nitro/v1/config/lbvserver?action=unset",
        body: { lbvserver: { name: "xms_mam_vs_8443", rule: true } },
        objectId: "lbvserver/xms_mam_vs_8443",
      },
    ]);
    expect(() => nitroUpdateRequests(vserver, ["servicetype"])).toThrow(/cannot change in place/);
  });

  it("masks secret attributes", () => {
    const monitor: DesiredObject = {
      ...find("server/xms_srv_xms1"),
      resource: "lbmonitor",
      attributes: { monitorname: "m", type: "LDAP", password: "hunter2" },
      secrets: ["password"],
    };
    expect(nitroCreateRequest(monitor).body).toEqual({
      lbmonitor: { monitorname: "m", type: "LDAP", password: MASK },
    });
    expect(JSON.stringify(nitroUpdateRequests(monitor, ["password"]))).not.toContain("hunter2");
  });
});
