import { describe, expect, it } from "vitest";
import type { NsIpAddress, NsLbVserver } from "@/lib/nitro";
import { clone, igelExample } from "@/lib/topology/testing/examples";
import { toApplianceFacts } from "./appliance-facts";
import { plural } from "./plural";
import { validateWizard } from "./validate";

const ip = (ipAddress: string, type: string, netmask = "255.255.255.0"): NsIpAddress => ({
  ipAddress,
  type,
  netmask,
  enabled: true,
  td: 0,
});

const vserver = (name: string, ipAddress: string, port: number): NsLbVserver => ({
  name,
  ipAddress,
  port,
  serviceType: "TCP",
  enabled: true,
  td: 0,
  currentState: "up",
  effectiveState: "up",
});

describe("appliance facts", () => {
  it("keeps SNIPs and addressable vservers only", () => {
    const facts = toApplianceFacts({
      ips: [ip("10.0.0.1", "NSIP"), ip("10.10.20.5", "SNIP")],
      lbVservers: [
        vserver("web", "10.10.20.100", 443),
        { ...vserver("cs", "", 0), ipAddress: undefined },
      ],
      vpnVservers: [],
      certKeys: [],
    });
    expect(facts.snips).toEqual([{ ipaddress: "10.10.20.5", netmask: "255.255.255.0" }]);
    expect(facts.ownedAddresses).toEqual([
      { ipaddress: "10.0.0.1", type: "NSIP" },
      { ipaddress: "10.10.20.5", type: "SNIP" },
    ]);
    expect(facts.vservers).toEqual([
      { name: "web", ipv46: "10.10.20.100", port: 443, servicetype: "TCP" },
    ]);
  });
});

describe("validateWizard", () => {
  it("adds the appliance's view: a taken VIP port and a SNIP it does not have", () => {
    const doc = clone(igelExample());
    doc.network.snip = "10.10.20.6";
    const facts = toApplianceFacts({
      ips: [ip("10.10.20.5", "SNIP")],
      lbVservers: [vserver("other_app", "10.10.20.100", 8443)],
      vpnVservers: [],
      certKeys: [],
    });
    const result = validateWizard(doc, facts);
    expect(result.errors.map((i) => i.path)).toEqual(["network.vip"]);
    expect(result.errors[0]?.message).toContain('already used by vserver "other_app"');
    expect(result.warnings.map((i) => i.path)).toContain("network.snip");
    expect(validateWizard(doc).errors).toEqual([]);
  });

  it("warns about database names the chosen database would refuse", () => {
    const doc = clone(igelExample());
    doc.database.type = "POSTGRESQL";
    doc.database.schema = "public";
    expect(validateWizard(doc).warnings.map((i) => i.path)).toContain("database.schema");
  });

  it("says 1 thing, 2 things", () => {
    expect([plural(1, "UMS server"), plural(2, "UMS server")]).toEqual([
      "1 UMS server",
      "2 UMS servers",
    ]);
  });
});
