// Cross-field rules for IGEL UMS (docs/domain.md#igel-validation). Each rule only looks at values
// that are syntactically valid; syntax errors come from the field schemas.
import type { IgelUmsDraft } from "../schema/document";
import {
  formatCidrV4,
  hasHostBits,
  inSubnet,
  isIPv4,
  isReservedInSubnet,
  parseCidrV4,
  sameAddress,
} from "../schema/net";
import type { IssueCollector } from "./issues";
import { checkMembers } from "./members";
import { checkPersistence } from "./persistence";

export function checkIgelUms(out: IssueCollector, doc: IgelUmsDraft): void {
  checkMembers(out, doc.servers, {
    key: "servers",
    noun: "UMS server",
    nameLabel: "Server name",
    addressLabel: "Server address",
    prefix: doc.prefix,
    checkServerIds: false,
  });
  checkNetwork(out, doc);
  checkPorts(out, doc);
  checkPersistence(out, doc.loadBalancing?.persistence, "loadBalancing.persistence", "UMS", "TCP");
}

function checkNetwork(out: IssueCollector, doc: IgelUmsDraft): void {
  const { umsSubnet = "", snip = "", vip = "" } = doc.network ?? {};
  const subnet = parseCidrV4(umsSubnet);
  if (subnet && hasHostBits(umsSubnet)) {
    out.error(
      "network.umsSubnet",
      `UMS subnet: ${umsSubnet} has host bits set; enter the network address ${formatCidrV4(subnet)}.`,
    );
  }
  const placed: Array<[field: "vip" | "snip", label: string, value: string, why: string]> = [
    ["snip", "SNIP", snip, "the UMS servers use it as their default gateway"],
    ["vip", "VIP", vip, "replies only pass the NetScaler when the VIP is in the servers' subnet"],
  ];
  for (const [field, label, value, why] of placed) {
    if (!subnet || !isIPv4(value)) continue;
    const cidr = formatCidrV4(subnet);
    if (!inSubnet(value, subnet)) {
      out.error(
        `network.${field}`,
        `${label}: ${value} is outside the UMS subnet ${cidr}; ${why}. Choose a free address inside ${cidr}.`,
      );
    } else if (isReservedInSubnet(value, subnet)) {
      out.error(
        `network.${field}`,
        `${label}: ${value} is the network or broadcast address of ${cidr}; choose a host address.`,
      );
    }
  }
  if (isIPv4(vip) && vip === snip) {
    out.error("network.vip", "VIP: must differ from the SNIP; choose another free address.");
  }
  (doc.servers ?? []).forEach((server, index) => {
    const address = server.address ?? "";
    for (const [field, label, value] of [
      ["vip", "VIP", vip],
      ["snip", "SNIP", snip],
    ] as const) {
      if (isIPv4(value) && sameAddress(address, value)) {
        out.error(
          `network.${field}`,
          `${label}: ${value} is the address of UMS server ${index + 1}; choose a free address.`,
        );
      }
    }
    if (subnet && isIPv4(address) && !inSubnet(address, subnet)) {
      out.warning(
        `servers.${index}.address`,
        `Server address: ${address} is outside the UMS subnet ${formatCidrV4(subnet)}, so replies to devices may bypass the NetScaler; move the server into the subnet or check its routing.`,
      );
    }
  });
}

function checkPorts(out: IssueCollector, doc: IgelUmsDraft): void {
  if (!doc.loadBalancing) return; // the missing step is reported by the schema
  const rows = doc.loadBalancing.ports ?? [];
  if (!rows.some((row) => row.enabled)) {
    out.error("loadBalancing.ports", "Ports: switch on at least one port to load-balance.");
  }
  rows.forEach((row, index) => {
    const at = `loadBalancing.ports.${index}`;
    if (row.port !== undefined && rows.slice(0, index).some((r) => r.port === row.port)) {
      out.error(
        `${at}.port`,
        `Port: ${row.port} is listed twice; each port can be used once on the VIP.`,
      );
    }
    if (!row.enabled) return;
    if (row.purpose === "thin-clients" && row.usip === false) {
      out.warning(
        `${at}.usip`,
        `Use client IP on port ${row.port}: off means UMS sees the SNIP instead of each device's address and cannot reach the devices; switch it on.`,
      );
    }
    if (row.purpose === "console" && row.usip === true) {
      out.warning(
        `${at}.usip`,
        `Use client IP on port ${row.port}: on stops consoles inside the UMS subnet from connecting through the VIP; switch it off.`,
      );
    }
  });
}
