// The words on each node, from a DesiredObject's NITRO attributes. Short lines for the boxes,
// a fuller "spoken" form for tooltips and the screen-reader description.
import type { DesiredObject } from "../compile/desired";
import type { TopologyKind } from "../schema/kinds";
import type { NodeContent } from "./types";

export function text(object: DesiredObject, attribute: string): string {
  const value = object.attributes[attribute];
  return value === undefined ? "" : String(value);
}

function persistence(vserver: DesiredObject): { short: string; spoken: string } {
  const type = text(vserver, "persistencetype");
  if (type === "SOURCEIP") {
    const timeout = text(vserver, "timeout");
    const mask = text(vserver, "persistmask");
    return {
      short: `SOURCEIP ${timeout} min`,
      spoken: `persistence SOURCEIP for ${timeout} minutes${mask ? `, mask ${mask}` : ""}`,
    };
  }
  if (type === "CUSTOMSERVERID") {
    const rule = text(vserver, "rule");
    return {
      short: "CUSTOMSERVERID",
      spoken: `persistence CUSTOMSERVERID${rule ? ` by ${rule}` : ""}`,
    };
  }
  return { short: "no persistence", spoken: "no persistence" };
}

export function vserverContent(vserver: DesiredObject, certificates: string[]): NodeContent {
  const name = text(vserver, "name");
  const type = text(vserver, "servicetype");
  const port = text(vserver, "port");
  const p = persistence(vserver);
  const certs = certificates.map((c) => `cert ${c}`);
  const certSpoken = certificates.length ? `, certificate ${certificates.join(", ")}` : "";
  return {
    id: vserver.id,
    objectId: vserver.id,
    kind: "vserver",
    title: name,
    lines: [`${type} :${port}`, p.short, ...certs],
    spoken: `virtual server ${name} (${type} port ${port}, ${p.spoken}${certSpoken})`,
  };
}

export function groupContent(group: DesiredObject, monitors: string[]): NodeContent {
  const name = text(group, "servicegroupname");
  const type = text(group, "servicetype");
  const usip = text(group, "usip");
  const usipText = usip ? `USIP ${usip === "YES" ? "on" : "off"}` : "";
  const monitorSpoken = monitors.length ? `, monitor ${monitors.join(", ")}` : "";
  return {
    id: group.id,
    objectId: group.id,
    kind: "servicegroup",
    title: name,
    lines: [[type, usipText].filter(Boolean).join(" · "), ...monitors.map((m) => `mon ${m}`)],
    spoken: `service group ${name} (${[type, usipText].filter(Boolean).join(", ")}${monitorSpoken})`,
  };
}

export function memberContent(member: DesiredObject, address: string): NodeContent {
  const server = text(member, "servername");
  const port = text(member, "port");
  const id = text(member, "customserverid");
  // An IPv6 address needs brackets before ":port" to stay readable.
  const where = address
    ? `${address.includes(":") ? `[${address}]` : address}:${port}`
    : `:${port}`;
  return {
    id: member.id,
    objectId: member.id,
    kind: "member",
    title: server,
    lines: [where, ...(id ? [`server ID ${id}`] : [])],
    spoken: `member ${server} at ${where}${id ? ` with server ID ${id}` : ""}`,
  };
}

export function dnsContent(record: DesiredObject): NodeContent {
  const host = text(record, "hostname");
  return {
    id: record.id,
    objectId: record.id,
    kind: "dns",
    title: "DNS record",
    lines: [host],
    spoken: `NetScaler DNS record ${host} pointing at ${text(record, "ipaddress")}`,
  };
}

export function gatewayContent(binding: DesiredObject): NodeContent {
  const name = text(binding, "name");
  const url = text(binding, "appcontroller");
  return {
    id: binding.id,
    objectId: binding.id,
    kind: "gateway",
    title: `Gateway ${name}`,
    // The box drops the scheme to stay narrow; the tooltip keeps the whole URL.
    lines: ["App Controller", url.replace(/^https?:\/\//, "")],
    spoken: `NetScaler Gateway ${name} (App Controller ${url})`,
  };
}

/** The VIP is not an object of its own: it is the address its vservers share. */
export function vipContent(
  vip: string,
  vservers: DesiredObject[],
  kind: TopologyKind | undefined,
): NodeContent {
  const types = new Set(vservers.map((v) => text(v, "servicetype")));
  // XenMobile: device management passes TLS through (SSL_BRIDGE); the app VIP offloads it.
  const label = kind === "XENMOBILE" ? (types.has("SSL_BRIDGE") ? "MDM VIP" : "MAM VIP") : "VIP";
  const ports = vservers.map((v) => text(v, "port"));
  const portText = `port${ports.length > 1 ? "s" : ""} ${ports.join(", ")}`;
  return {
    id: `vip/${vip}`,
    kind: "vip",
    title: label,
    lines: [vip, portText],
    spoken: `${label} ${vip} on ${portText}`,
  };
}
