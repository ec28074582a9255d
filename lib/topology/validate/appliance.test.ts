import { describe, expect, it } from "vitest";
import { clone, igelExample, xenMobileExample } from "../testing/examples";
import { validateAgainstAppliance, type ApplianceFacts } from "./appliance";

// What the simulator's seeded lab box reports (lib/simulator/core/seed.ts).
const seeded: ApplianceFacts = {
  snips: [
    { ipaddress: "10.10.20.5", netmask: "255.255.255.0" },
    { ipaddress: "10.20.1.5", netmask: "255.255.255.0" },
  ],
  ownedAddresses: [
    { ipaddress: "10.0.0.10", type: "NSIP" },
    { ipaddress: "10.10.20.5", type: "SNIP" },
    { ipaddress: "10.20.1.5", type: "SNIP" },
  ],
  vservers: [{ name: "ag_vs", ipv46: "10.20.1.20", port: 443, servicetype: "SSL" }],
  certKeys: ["ns-server-certificate", "wildcard-corp-local", "xms-cert"],
  vpnVservers: [{ name: "ag_vs", ipv46: "10.20.1.20", port: 443 }],
};

describe("checks against the appliance", () => {
  it("finds nothing wrong with the examples on the seeded simulator", () => {
    expect(validateAgainstAppliance(igelExample(), seeded)).toEqual({ errors: [], warnings: [] });
    expect(validateAgainstAppliance(xenMobileExample(), seeded)).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it("reports a VIP:port another vserver already uses, but not our own vserver", () => {
    const taken = {
      ...seeded,
      vservers: [
        ...seeded.vservers,
        { name: "old_ums", ipv46: "10.10.20.100", port: 8443, servicetype: "TCP" },
      ],
    };
    expect(validateAgainstAppliance(igelExample(), taken).errors).toEqual([
      {
        path: "network.vip",
        message:
          'VIP: 10.10.20.100 port 8443 is already used by vserver "old_ums" on the NetScaler; choose a free address or port.',
      },
    ]);
    const ours = {
      ...seeded,
      vservers: [{ name: "igel_vs_8443", ipv46: "10.10.20.100", port: 8443, servicetype: "TCP" }],
    };
    expect(validateAgainstAppliance(igelExample(), ours).errors).toEqual([]);
  });

  it("warns when the NetScaler has no SNIP in the UMS subnet", () => {
    expect(validateAgainstAppliance(igelExample(), { ...seeded, snips: [] }).warnings).toEqual([
      {
        path: "network.snip",
        message:
          "SNIP: the NetScaler has no SNIP in 10.10.20.0/24 yet; add 10.10.20.5 as a SNIP before applying and make it the UMS servers' default gateway.",
      },
    ]);
  });

  it("warns when the SNIP entered is not one of the appliance's", () => {
    const doc = clone(igelExample());
    doc.network.snip = "10.10.20.6";
    expect(validateAgainstAppliance(doc, seeded).warnings).toEqual([
      {
        path: "network.snip",
        message:
          "SNIP: 10.10.20.6 is not a SNIP on this NetScaler (it has 10.10.20.5/24 in the UMS subnet); enter that one or add 10.10.20.6.",
      },
    ]);
  });

  it("reports a missing certificate, suggesting a near match", () => {
    const doc = clone(xenMobileExample());
    doc.mam.certificate = "XMS-cert";
    expect(validateAgainstAppliance(doc, seeded).errors).toEqual([
      {
        path: "mam.certificate",
        message:
          'Server certificate: "XMS-cert" is not installed on this NetScaler; did you mean "xms-cert"?',
      },
    ]);
    expect(
      validateAgainstAppliance(xenMobileExample(), { ...seeded, certKeys: [] }).errors[0]?.message,
    ).toBe(
      'Server certificate: "xms-cert" is not installed on this NetScaler; install it first or enter an installed certificate-key pair.',
    );
  });

  it("reports a missing Gateway vserver", () => {
    const facts = { ...seeded, vservers: [], vpnVservers: [] };
    expect(validateAgainstAppliance(xenMobileExample(), facts).errors).toEqual([
      {
        path: "gateway.vserverName",
        message:
          'Gateway vserver: "ag_vs" does not exist on this NetScaler; create the Gateway first or enter the name of an existing one.',
      },
    ]);
  });

  it("flags a MAM VIP that is the Gateway's VIP even when the document left the Gateway VIP empty", () => {
    const doc = clone(xenMobileExample());
    doc.gateway.vip = "";
    doc.mam.vip = "10.20.1.20";
    const errors = validateAgainstAppliance(doc, seeded).errors;
    expect(errors.map((e) => e.path)).toEqual(["mam.vip"]);
    expect(errors[0]?.message).toMatch(
      /is the VIP of the Gateway ag_vs\. The XMS FQDN record must point at the MAM/,
    );
  });

  it("warns when the Gateway VIP entered differs from the appliance's", () => {
    const doc = clone(xenMobileExample());
    doc.gateway.vip = "10.20.1.21";
    expect(validateAgainstAppliance(doc, seeded).warnings).toEqual([
      {
        path: "gateway.vip",
        message:
          "Gateway VIP: ag_vs listens on 10.20.1.20 on the NetScaler, not 10.20.1.21; correct the value.",
      },
    ]);
  });
});

describe("a VIP on an address the appliance already owns", () => {
  const facts: ApplianceFacts = {
    ...seeded,
    ownedAddresses: [
      ...seeded.ownedAddresses,
      { ipaddress: "10.10.20.6", type: "MIP" },
      { ipaddress: "10.20.1.6", type: "MIP" },
    ],
    vservers: [
      ...seeded.vservers,
      { name: "other_vs", ipv46: "10.10.20.101", port: 80, servicetype: "HTTP" },
      { name: "web_vs", ipv46: "10.20.1.60", port: 80, servicetype: "HTTP" },
    ],
  };
  const igelWithVip = (vip: string) => {
    const doc = clone(igelExample());
    doc.network.vip = vip;
    return validateAgainstAppliance(doc, facts).errors;
  };
  const xmsWith = (field: "mdm" | "mam", vip: string) => {
    const doc = clone(xenMobileExample());
    doc[field].vip = vip;
    return validateAgainstAppliance(doc, facts).errors;
  };
  const refusal = (path: string, label: string, ip: string, owner: string) => [
    {
      path,
      message: `${label}: ${ip} is ${owner}; a VIP needs an address the NetScaler does not use yet.`,
    },
  ];

  it("refuses the appliance's SNIP, MIP and NSIP as the IGEL VIP, naming the owner", () => {
    expect(igelWithVip("10.10.20.5")).toEqual(
      refusal("network.vip", "VIP", "10.10.20.5", "this NetScaler's SNIP"),
    );
    expect(igelWithVip("10.10.20.6")).toEqual(
      refusal("network.vip", "VIP", "10.10.20.6", "this NetScaler's MIP"),
    );
    expect(igelWithVip("10.0.0.10")).toEqual(
      refusal("network.vip", "VIP", "10.0.0.10", "this NetScaler's NSIP"),
    );
  });

  it("refuses another vserver's VIP as the IGEL VIP on any port", () => {
    expect(igelWithVip("10.10.20.101")).toEqual(
      refusal("network.vip", "VIP", "10.10.20.101", "the VIP of lb vserver other_vs"),
    );
  });

  it("allows the VIP of this topology's own vservers when re-planning, even on another port", () => {
    const applied: ApplianceFacts = {
      ...facts,
      vservers: [
        ...facts.vservers,
        { name: "igel_vs_9443", ipv46: "10.10.20.100", port: 9443, servicetype: "TCP" },
        { name: "xms_mdm_vs_4443", ipv46: "10.20.1.50", port: 4443, servicetype: "SSL" },
        { name: "xms_mam_vs_8443", ipv46: "10.20.1.51", port: 8443, servicetype: "SSL" },
      ],
    };
    expect(validateAgainstAppliance(igelExample(), applied).errors).toEqual([]);
    expect(validateAgainstAppliance(xenMobileExample(), applied).errors).toEqual([]);
  });

  it("does not take a look-alike name of another prefix for this topology's vserver", () => {
    const doc = clone(igelExample());
    doc.network.vip = "10.10.20.102";
    const other: ApplianceFacts = {
      ...facts,
      vservers: [{ name: "igel_vs_x1", ipv46: "10.10.20.102", port: 1, servicetype: "TCP" }],
    };
    expect(validateAgainstAppliance(doc, other).errors).toEqual(
      refusal("network.vip", "VIP", "10.10.20.102", "the VIP of lb vserver igel_vs_x1"),
    );
  });

  it("refuses the SNIP, a MIP, the NSIP and another vserver's VIP as the XenMobile MDM VIP", () => {
    expect(xmsWith("mdm", "10.20.1.5")).toEqual(
      refusal("mdm.vip", "MDM VIP", "10.20.1.5", "this NetScaler's SNIP"),
    );
    expect(xmsWith("mdm", "10.20.1.6")).toEqual(
      refusal("mdm.vip", "MDM VIP", "10.20.1.6", "this NetScaler's MIP"),
    );
    expect(xmsWith("mdm", "10.0.0.10")).toEqual(
      refusal("mdm.vip", "MDM VIP", "10.0.0.10", "this NetScaler's NSIP"),
    );
    expect(xmsWith("mdm", "10.20.1.60")).toEqual(
      refusal("mdm.vip", "MDM VIP", "10.20.1.60", "the VIP of lb vserver web_vs"),
    );
  });

  it("refuses the SNIP and another vserver's VIP as the XenMobile MAM VIP", () => {
    expect(xmsWith("mam", "10.20.1.5")).toEqual(
      refusal("mam.vip", "MAM VIP", "10.20.1.5", "this NetScaler's SNIP"),
    );
    expect(xmsWith("mam", "10.20.1.60")).toEqual(
      refusal("mam.vip", "MAM VIP", "10.20.1.60", "the VIP of lb vserver web_vs"),
    );
  });
});
