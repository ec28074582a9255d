// Each row of the NetScaler-object tables in docs/domain.md (#igel-netscaler-objects,
// #xenmobile-netscaler-objects), restated as the CLI lines it implies, checked against the
// golden files (not against fresh output: the golden files are what reviewers read), and
// against the CLI column of the tables themselves, so the document cannot drift from the code.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tableCliLines } from "./testing/domain-doc";

function golden(file: string): string[] {
  return readFileSync(path.join(import.meta.dirname, file), "utf8")
    .trimEnd()
    .split("\n");
}

interface Row {
  row: string;
  lines: string[];
}

const SOURCEIP = "-persistenceType SOURCEIP -timeout 5 -persistMask 255.255.255.255";

const igelRows: Row[] = [
  {
    row: "server (one per UMS): name + IP address",
    lines: ["add server igel_srv_ums1 10.10.20.11", "add server igel_srv_ums2 10.10.20.12"],
  },
  {
    row: "thin-client port: TCP 30001, USIP on",
    lines: ["add serviceGroup igel_sg_30001 TCP -usip YES"],
  },
  {
    row: "console port: TCP 8443, USIP off",
    lines: ["add serviceGroup igel_sg_8443 TCP -usip NO"],
  },
  {
    row: "firmware port: TCP 9080, USIP on",
    lines: ["add serviceGroup igel_sg_9080 TCP -usip YES"],
  },
  {
    row: "members: every UMS server on each of the three ports",
    lines: [30001, 8443, 9080].flatMap((p) => [
      `bind serviceGroup igel_sg_${p} igel_srv_ums1 ${p}`,
      `bind serviceGroup igel_sg_${p} igel_srv_ums2 ${p}`,
    ]),
  },
  {
    row: "three TCP vservers on one VIP in the UMS subnet, SOURCEIP / 5 / 255.255.255.255",
    lines: [30001, 8443, 9080].map(
      (p) => `add lb vserver igel_vs_${p} TCP 10.10.20.100 ${p} ${SOURCEIP}`,
    ),
  },
  {
    row: "each vserver bound to its service group",
    lines: [30001, 8443, 9080].map((p) => `bind lb vserver igel_vs_${p} igel_sg_${p}`),
  },
  { row: "DNS host record → VIP", lines: ["add dns addRec igel.corp.local 10.10.20.100"] },
];

const xmsRows: Row[] = [
  {
    row: "servers: one per XMS node",
    lines: ["add server xms_srv_xms1 10.20.0.11", "add server xms_srv_xms2 10.20.0.12"],
  },
  {
    row: "service group MDM 443: SSL_BRIDGE, members node:443",
    lines: [
      "add serviceGroup xms_mdm_sg_443 SSL_BRIDGE",
      "bind serviceGroup xms_mdm_sg_443 xms_srv_xms1 443",
      "bind serviceGroup xms_mdm_sg_443 xms_srv_xms2 443",
    ],
  },
  {
    row: "service group MDM 8443: SSL_BRIDGE, members node:8443",
    lines: [
      "add serviceGroup xms_mdm_sg_8443 SSL_BRIDGE",
      "bind serviceGroup xms_mdm_sg_8443 xms_srv_xms1 8443",
      "bind serviceGroup xms_mdm_sg_8443 xms_srv_xms2 8443",
    ],
  },
  {
    row: "service group MAM 8443: SSL, members with their node's server ID",
    lines: [
      "add serviceGroup xms_mam_sg_8443 SSL",
      "bind serviceGroup xms_mam_sg_8443 xms_srv_xms1 8443 -CustomServerID node-a",
      "bind serviceGroup xms_mam_sg_8443 xms_srv_xms2 8443 -CustomServerID node-b",
    ],
  },
  {
    row: "LB vserver MDM: SSL_BRIDGE on the MDM VIP, 443 and 8443, SOURCEIP",
    lines: [
      `add lb vserver xms_mdm_vs_443 SSL_BRIDGE 10.20.1.50 443 ${SOURCEIP}`,
      `add lb vserver xms_mdm_vs_8443 SSL_BRIDGE 10.20.1.50 8443 ${SOURCEIP}`,
      "bind lb vserver xms_mdm_vs_443 xms_mdm_sg_443",
      "bind lb vserver xms_mdm_vs_8443 xms_mdm_sg_8443",
    ],
  },
  {
    row: "LB vserver MAM: SSL on the MAM VIP 8443, certificate, CUSTOMSERVERID with the ACNODEID rule",
    lines: [
      `add lb vserver xms_mam_vs_8443 SSL 10.20.1.51 8443 -persistenceType CUSTOMSERVERID -rule 'HTTP.REQ.COOKIE.VALUE("ACNODEID")'`,
      "bind lb vserver xms_mam_vs_8443 xms_mam_sg_8443",
      "bind ssl vserver xms_mam_vs_8443 -certkeyName xms-cert",
    ],
  },
  {
    row: "Gateway: App Controller URL https://<XMS FQDN>:8443 as a binding",
    lines: ["bind vpn vserver ag_vs -appController https://xms.corp.local:8443"],
  },
  {
    row: "DNS address record: XMS FQDN → MAM VIP",
    lines: ["add dns addRec xms.corp.local 10.20.1.51"],
  },
];

describe.each([
  { file: "igel-ums.cli", rows: igelRows, heading: "IGEL NetScaler objects" },
  { file: "xenmobile.cli", rows: xmsRows, heading: "XenMobile NetScaler objects" },
])("$file against docs/domain.md", ({ file, rows, heading }) => {
  const lines = golden(file);

  it(`lists the same commands in the "${heading}" table`, () => {
    const fromDoc = tableCliLines(heading);
    expect(new Set(fromDoc)).toEqual(new Set(rows.flatMap((r) => r.lines)));
    expect(fromDoc).toHaveLength(new Set(fromDoc).size);
  });

  it.each(rows)("$row", ({ lines: expected }) => {
    for (const line of expected) expect(lines).toContain(line);
  });

  it("has exactly the table's commands, then saves", () => {
    const fromTables = new Set(rows.flatMap((r) => r.lines));
    expect(lines.slice(0, -1).filter((l) => !fromTables.has(l))).toEqual([]);
    expect(lines.at(-1)).toBe("save ns config");
  });
});

// docs/domain.md#where-the-public-write-ups-are-wrong-or-silent
describe("the public write-ups' mistakes are not repeated", () => {
  const xms = golden("xenmobile.cli");

  it("points the XMS FQDN at the MAM VIP, not the MDM VIP or the Gateway VIP", () => {
    const records = xms.filter((l) => l.startsWith("add dns addRec"));
    expect(records).toEqual(["add dns addRec xms.corp.local 10.20.1.51"]);
  });

  it("never puts CUSTOMSERVERID on an SSL_BRIDGE vserver", () => {
    const bridge = xms.filter((l) => l.startsWith("add lb vserver") && l.includes(" SSL_BRIDGE "));
    expect(bridge).toHaveLength(2);
    for (const line of bridge) expect(line).not.toContain("CUSTOMSERVERID");
  });

  it("adds no monitor unless the admin enters the expected reply", () => {
    expect(xms.some((l) => l.startsWith("add lb monitor"))).toBe(false);
  });

  it("keeps USIP off on the console port only", () => {
    const groups = golden("igel-ums.cli").filter((l) => l.startsWith("add serviceGroup"));
    expect(groups.filter((l) => l.endsWith("-usip NO"))).toEqual([
      "add serviceGroup igel_sg_8443 TCP -usip NO",
    ]);
  });
});
