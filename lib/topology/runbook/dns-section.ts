// Section 5: the DNS records the admin creates, from the document's DNS step. IGEL: the host name
// and igelrmserver at the VIP. XenMobile: split DNS, public name at the MDM VIP and the NetScaler's
// record at the MAM VIP, never the Gateway's VIP (docs/domain.md#xenmobile-dns-and-gateway).
import type { IgelUmsDocument, TopologyDocument, XenMobileDocument } from "../schema/document";
import { code, strong } from "./text";
import type { Block, Text } from "./types";

const COLUMNS = ["Where", "Name", "Type", "Points to", "Created by"] as const;

export function dnsBlocks(doc: TopologyDocument): Block[] {
  return doc.kind === "IGEL_UMS" ? igelDnsBlocks(doc) : xenMobileDnsBlocks(doc);
}

function igelDnsBlocks(doc: IgelUmsDocument): Block[] {
  const host = doc.dns.hostName;
  const vip = doc.network.vip;
  const rows: Text[][] = [
    [["Your DNS (devices and consoles)"], [code(host)], ["A"], [code(vip)], ["You"]],
    [
      ["Your DNS (new devices, in their search domain)"],
      [code("igelrmserver")],
      ["A, or CNAME"],
      [code(vip), ", or an alias of ", code(host)],
      ["You"],
    ],
  ];
  if (doc.dns.netscalerRecord) {
    rows.push([
      ["The NetScaler's own DNS"],
      [code(host)],
      ["A"],
      [code(vip)],
      ["Section 4 (", code("add dns addRec"), ")"],
    ]);
  }
  return [
    {
      kind: "paragraph",
      text: [
        "Devices, consoles and firmware downloads use one name, and it must resolve to the VIP, never to a single UMS server.",
      ],
    },
    { kind: "table", columns: COLUMNS, rows },
    {
      kind: "paragraph",
      text: [
        "Where devices find UMS through DHCP instead, set option 224 in their scopes to ",
        code(vip),
        ".",
      ],
    },
  ];
}

function xenMobileDnsBlocks(doc: XenMobileDocument): Block[] {
  const fqdn = doc.dns.xmsFqdn;
  const record = doc.dns.netscalerRecord;
  const rows: Text[][] = [
    [
      ["Public DNS (devices)"],
      [code(fqdn)],
      ["A"],
      ["MDM VIP ", code(doc.mdm.vip), ", or the public address translated to it"],
      ["You"],
    ],
    [
      [
        record
          ? "The NetScaler's own DNS (the Gateway)"
          : "The DNS the NetScaler asks (the Gateway)",
      ],
      [code(fqdn)],
      ["A"],
      ["MAM VIP ", code(doc.mam.vip)],
      record ? ["Section 4 (", code("add dns addRec"), ")"] : ["You"],
    ],
  ];
  return [
    {
      kind: "paragraph",
      text: [
        "One name, two answers (split DNS): devices reach the MDM VIP, the Gateway reaches the MAM VIP. If devices also enroll from the company network, your internal DNS gives them the MDM answer too.",
      ],
    },
    { kind: "table", columns: COLUMNS, rows },
    {
      kind: "note",
      text: [
        strong("Never"),
        " point ",
        code(fqdn),
        " at the Gateway's VIP: app traffic from Secure Hub would loop back into the Gateway.",
      ],
    },
  ];
}
