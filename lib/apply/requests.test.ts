// The NITRO request for each change, per resource (docs/nitro.md#idempotent-apply, docs/domain.md#nitro-resources).
import { describe, expect, it } from "vitest";
import { callKey, createCall, deleteCall, updateCalls } from "./requests";

describe("requests", () => {
  it("adds objects and binds bindings", () => {
    expect(createCall("server", { name: "s", ipaddress: "10.0.0.1" }).op).toBe("add");
    expect(
      createCall("lbvserver_servicegroup_binding", { name: "v", servicegroupname: "g" }).op,
    ).toBe("bind");
  });

  it("deletes with the composite keys NITRO wants in args", () => {
    expect(deleteCall("lbmonitor", { monitorname: "m", type: "HTTP-ECV" })).toEqual({
      op: "remove",
      resource: "lbmonitor",
      name: "m",
      args: { type: "HTTP-ECV" },
    });
    expect(
      deleteCall("servicegroup_servicegroupmember_binding", {
        servicegroupname: "g",
        servername: "s",
        port: 443,
      }),
    ).toEqual({
      op: "unbind",
      resource: "servicegroup_servicegroupmember_binding",
      name: "g",
      args: { servername: "s", port: 443 },
    });
    expect(deleteCall("dnsaddrec", { hostname: "h", ipaddress: "10.0.0.1" }).op).toBe("remove");
    expect(
      deleteCall("sslvserver_sslcertkey_binding", {
        vservername: "v",
        certkeyname: "c",
        snicert: true,
      }),
    ).toEqual({
      op: "unbind",
      resource: "sslvserver_sslcertkey_binding",
      name: "v",
      args: { certkeyname: "c", snicert: true },
    });
  });

  it("changes admin state by action, unset attributes by unset, the rest by PUT", () => {
    const calls = updateCalls(
      "lbvserver",
      { name: "v", servicetype: "TCP" },
      { state: "DISABLED", timeout: 5, comment: null },
    );
    expect(calls).toEqual([
      { op: "update", resource: "lbvserver", payload: { name: "v", timeout: 5 } },
      { op: "action", resource: "lbvserver", action: "disable", payload: { name: "v" } },
      {
        op: "action",
        resource: "lbvserver",
        action: "unset",
        payload: { name: "v", comment: true },
      },
    ]);
  });

  it("changes member attributes through the service group", () => {
    const member = { servicegroupname: "g", servername: "s", port: 8443 };
    expect(updateCalls("servicegroup_servicegroupmember_binding", member, { weight: 2 })).toEqual([
      { op: "update", resource: "servicegroup", payload: { ...member, weight: 2 } },
    ]);
  });

  it("addresses a monitor with its type", () => {
    expect(callKey("lbmonitor", { monitorname: "m", type: "TCP", interval: 5 })).toEqual({
      monitorname: "m",
      type: "TCP",
    });
  });
});
