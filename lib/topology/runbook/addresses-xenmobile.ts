// Section 2 for XenMobile: the MDM VIP (SSL bridge), the MAM VIP (SSL offload), the nodes and
// their members, and the firewall openings (docs/domain.md#xenmobile-netscaler-objects).
import { objectNames } from "../schema/naming";
import type { XenMobileDocument } from "../schema/document";
import { ADDRESS_COLUMNS, FIREWALL_COLUMNS, NONE, portList } from "./table-parts";
import { code, joined } from "./text";
import type { Block, Text } from "./types";

export function xenMobileAddressBlocks(doc: XenMobileDocument): Block[] {
  const { prefix, mdm, mam } = doc;
  const rows: Text[][] = [];
  for (const port of mdm.ports) {
    rows.push([
      ["MDM VIP ", code(objectNames.mdmVserver(prefix, port))],
      [code(mdm.vip)],
      [String(port)],
      ["SSL_BRIDGE"],
      ["Device enrollment and management; TLS passes through to the nodes"],
    ]);
  }
  rows.push([
    ["MAM VIP ", code(objectNames.mamVserver(prefix, mam.port))],
    [code(mam.vip)],
    [String(mam.port)],
    ["SSL"],
    [
      "Apps through the Gateway; TLS ends on the NetScaler with certificate ",
      code(mam.certificate),
    ],
  ]);
  if (doc.gateway.vip) {
    rows.push([
      ["Gateway VIP ", code(doc.gateway.vserverName)],
      [code(doc.gateway.vip)],
      [NONE],
      [NONE],
      ["The existing Gateway; it only gets its App Controller URL. Never the XMS FQDN's target"],
    ]);
  }
  for (const node of doc.nodes) {
    rows.push([
      ["Server ", code(objectNames.server(prefix, node.name))],
      [code(node.address)],
      [NONE],
      [NONE],
      [`XMS node ${node.name}`],
    ]);
  }
  for (const port of mdm.ports) {
    for (const node of doc.nodes) {
      rows.push([
        ["Member of ", code(objectNames.mdmServiceGroup(prefix, port))],
        [code(node.address)],
        [String(port)],
        ["SSL_BRIDGE"],
        [`${node.name}: MDM`],
      ]);
    }
  }
  for (const node of doc.nodes) {
    rows.push([
      ["Member of ", code(objectNames.mamServiceGroup(prefix, mam.port))],
      [code(node.address)],
      [String(mam.port)],
      ["SSL"],
      [`${node.name}: MAM, server ID `, code(node.serverId)],
    ]);
  }
  return [
    {
      kind: "paragraph",
      text: [
        "Every address and port this topology uses. The MDM and MAM VIPs must be free addresses, apart from the Gateway's VIP.",
      ],
    },
    { kind: "heading", text: "Addresses" },
    { kind: "table", columns: ADDRESS_COLUMNS, rows },
    {
      kind: "paragraph",
      text: [
        "The topology sets no SNIP: the NetScaler reaches the nodes through a subnet IP it already has in their network.",
      ],
    },
    { kind: "heading", text: "Firewall openings" },
    { kind: "table", columns: FIREWALL_COLUMNS, rows: xenMobileFirewallRows(doc) },
  ];
}

function xenMobileFirewallRows(doc: XenMobileDocument): Text[][] {
  const nodes = joined(doc.nodes.map((n) => code(n.address)));
  return [
    [
      ["Devices (from the internet)"],
      ["MDM VIP ", code(doc.mdm.vip), ", or the public address translated to it"],
      [portList("TCP", doc.mdm.ports)],
      ["Enrollment and device management."],
    ],
    [
      ["Gateway ", code(doc.gateway.vserverName)],
      ["MAM VIP ", code(doc.mam.vip)],
      [portList("TCP", [doc.mam.port])],
      ["App traffic from the Gateway, through the App Controller URL."],
    ],
    [
      ["The NetScaler's SNIP"],
      ["XMS nodes ", ...nodes],
      [portList("TCP", [...doc.mdm.ports, doc.mam.port])],
      ["Load-balanced traffic and the NetScaler's health checks."],
    ],
    [
      ["XMS nodes ", ...nodes],
      ["The shared XMS database"],
      ["The database's port"],
      ["Every node works on the same database; this topology does not describe it."],
    ],
  ];
}
