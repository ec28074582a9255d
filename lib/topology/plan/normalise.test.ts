// Per-attribute normalisation of NITRO read-back.
import { describe, expect, it } from "vitest";
import { canonical, kindOf, sendable } from "./normalise";

describe("canonical", () => {
  it.each([
    ["lbvserver", "timeout", 5, "5", {}],
    ["lbvserver", "servicetype", "ssl_bridge", "SSL_BRIDGE", {}],
    ["servicegroup", "usip", "YES", "ENABLED", {}],
    ["sslvserver_sslcertkey_binding", "snicert", false, "false", {}],
    ["lbmonitor", "respcode", "200,404", ["404", "200"], {}],
    ["dnsaddrec", "hostname", "xms.corp.local", "XMS.corp.local.", {}],
    ["servicegroup_servicegroupmember_binding", "weight", 1, undefined, {}],
    ["servicegroup", "clttimeout", 9000, undefined, { servicetype: "TCP" }],
    ["lbvserver", "clttimeout", 180, undefined, { servicetype: "HTTP" }],
  ] as const)("%s.%s: wanted %j equals read-back %j", (resource, name, wanted, live, context) => {
    const kind = kindOf(name, wanted);
    expect(canonical(resource, name, live, kind, context)).toBe(
      canonical(resource, name, wanted, kind, context),
    );
  });

  it("keeps expressions and names case-sensitive", () => {
    const kind = kindOf("rule", 'HTTP.REQ.COOKIE.VALUE("ACNODEID")');
    expect(canonical("lbvserver", "rule", 'HTTP.REQ.COOKIE.VALUE("acnodeid")', kind, {})).not.toBe(
      canonical("lbvserver", "rule", 'HTTP.REQ.COOKIE.VALUE("ACNODEID")', kind, {}),
    );
  });

  it("reads the appliance's unset tokens as not set", () => {
    expect(canonical("lbvserver", "rule", "none", "text", {})).toBeNull();
    expect(
      canonical("servicegroup_servicegroupmember_binding", "customserverid", "None", "text", {}),
    ).toBeNull();
    expect(canonical("lbvserver", "ipv46", "0.0.0.0", "text", {})).toBeNull();
    expect(canonical("server", "comment", "", "text", {})).toBeNull();
  });
});

describe("sendable", () => {
  it("gives read-back values the wanted value's type and vocabulary", () => {
    expect(sendable("lbvserver", "timeout", "10", 5, {})).toBe(10);
    expect(sendable("servicegroup", "usip", "ENABLED", "NO", {})).toBe("YES");
    expect(sendable("servicegroup", "cip", "NO", "ENABLED", {})).toBe("DISABLED");
    expect(sendable("sslvserver_sslcertkey_binding", "snicert", "false", true, {})).toBe(false);
    expect(sendable("servicegroup_servicegroupmember_binding", "weight", undefined, 2, {})).toBe(1);
    expect(sendable("lbvserver", "rule", "none", "x", {})).toBeNull();
  });
});
