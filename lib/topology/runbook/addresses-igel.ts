// Section 2 for IGEL UMS: every address and port the topology uses, and the firewall openings they
// need (USIP on the device ports, server-to-device traffic for OS 11:
// docs/domain.md#igel-os-ports).
import { databaseTypeLabels } from "../database-script";
import { objectNames } from "../schema/naming";
import type { IgelUmsDocument } from "../schema/document";
import { numberToIPv4, parseCidrV4 } from "../schema/net";
import { portPurposeLabels, usipLabel } from "./igel-texts";
import { ADDRESS_COLUMNS, FIREWALL_COLUMNS, NONE, portList } from "./table-parts";
import { code, joined } from "./text";
import type { Block, Text } from "./types";

export function igelAddressBlocks(doc: IgelUmsDocument): Block[] {
  const { prefix } = doc;
  const enabled = doc.loadBalancing.ports.filter((row) => row.enabled);
  const off = doc.loadBalancing.ports.filter((row) => !row.enabled);
  const vip = doc.network.vip;
  const rows: Text[][] = [];
  for (const row of enabled) {
    rows.push([
      ["VIP ", code(objectNames.igelVserver(prefix, row.port))],
      [code(vip)],
      [String(row.port)],
      ["TCP"],
      [`${portPurposeLabels[row.purpose]}; ${usipLabel(row.usip)}`],
    ]);
  }
  rows.push(
    [
      ["SNIP"],
      [code(doc.network.snip)],
      [NONE],
      [NONE],
      ["The NetScaler's address in the UMS subnet and every UMS server's default gateway"],
    ],
    [
      ["UMS subnet"],
      [code(doc.network.umsSubnet)],
      [NONE],
      [NONE],
      ["The UMS servers and the VIP"],
    ],
  );
  for (const server of doc.servers) {
    rows.push([
      ["Server ", code(objectNames.server(prefix, server.name))],
      [code(server.address)],
      [NONE],
      [NONE],
      [`UMS server ${server.name}`],
    ]);
  }
  for (const row of enabled) {
    for (const server of doc.servers) {
      rows.push([
        ["Member of ", code(objectNames.igelServiceGroup(prefix, row.port))],
        [code(server.address)],
        [String(row.port)],
        ["TCP"],
        [`${server.name}: ${portPurposeLabels[row.purpose]}`],
      ]);
    }
  }
  rows.push([
    ["Database"],
    [code(doc.database.host)],
    [String(doc.database.port)],
    ["TCP"],
    [`The shared ${databaseTypeLabels[doc.database.type]} database (not load-balanced)`],
  ]);

  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: [
        "Every address and port this topology uses. The VIP and the SNIP must be free addresses in the UMS subnet before the configuration runs.",
      ],
    },
    { kind: "heading", text: "Addresses" },
    { kind: "table", columns: ADDRESS_COLUMNS, rows },
    snipNote(doc),
  ];
  if (off.length > 0) {
    blocks.push({
      kind: "paragraph",
      text: [
        "Not load-balanced (switched off in the topology): ",
        ...joined(off.map((row) => code(row.port))),
        ".",
      ],
    });
  }
  blocks.push(
    { kind: "heading", text: "Firewall openings" },
    { kind: "table", columns: FIREWALL_COLUMNS, rows: igelFirewallRows(doc) },
  );
  return blocks;
}

/** Compile never creates the SNIP (it is the appliance's own address), so say how to add it. */
function snipNote(doc: IgelUmsDocument): Block {
  const subnet = parseCidrV4(doc.network.umsSubnet);
  const mask = subnet ? numberToIPv4(2 ** 32 - subnet.size) : "255.255.255.0";
  return {
    kind: "paragraph",
    text: [
      "The configuration does not add the SNIP. If the NetScaler has no ",
      code(doc.network.snip),
      " yet, add it before section 4: ",
      code(`add ns ip ${doc.network.snip} ${mask} -type SNIP`),
      ".",
    ],
  };
}

function igelFirewallRows(doc: IgelUmsDocument): Text[][] {
  const enabled = doc.loadBalancing.ports.filter((row) => row.enabled);
  const usip = enabled.filter((row) => row.usip);
  const servers = joined(doc.servers.map((s) => code(s.address)));
  const rows: Text[][] = [
    [
      ["Devices and UMS consoles"],
      ["VIP ", code(doc.network.vip)],
      [
        portList(
          "TCP",
          enabled.map((row) => row.port),
        ),
      ],
      ["Everything load-balanced reaches UMS through the VIP."],
    ],
    [
      ["SNIP ", code(doc.network.snip)],
      ["UMS servers ", ...servers],
      [
        portList(
          "TCP",
          enabled.map((row) => row.port),
        ),
      ],
      ["The NetScaler's health checks, and the traffic of ports without USIP."],
    ],
  ];
  if (usip.length > 0) {
    rows.push([
      ["Devices' own addresses, through the NetScaler"],
      ["UMS servers ", ...servers],
      [
        portList(
          "TCP",
          usip.map((row) => row.port),
        ),
      ],
      [
        "With USIP the servers see each device's address as the source, so a firewall between the NetScaler and the servers must let it through.",
      ],
    ]);
  }
  rows.push([
    ["UMS servers ", ...servers],
    ["Database ", code(doc.database.host)],
    [portList("TCP", [doc.database.port])],
    ["Every UMS server works on the one shared database."],
  ]);
  if (doc.loadBalancing.osGeneration !== "12") {
    rows.push([
      ["UMS servers ", ...servers],
      ["Devices"],
      ["TCP and UDP 30005"],
      [
        "IGEL OS 11: UMS sends commands and its online check straight from each server; this traffic does not pass the VIP.",
      ],
    ]);
  }
  return rows;
}
