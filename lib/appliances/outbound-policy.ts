// Where the app may open a connection to an appliance. An editor types the address, and the
// server connects from inside the network with stored credentials: without this, the address
// field reaches the app's own ports (its database, its admin endpoints), the host's link-local
// network and the cloud metadata service. Pure functions: the DNS side is outbound-guard.ts.

/** Why an address is refused; null when it may be reached. */
export type RefusedReason = "loopback" | "link-local" | "unspecified" | "metadata";

/** An IP address as numbers: IPv4 as one 32-bit value, IPv6 as eight 16-bit groups. */
export type IpAddress = { family: 4; value: number } | { family: 6; groups: number[] };

export interface AllowList {
  v4: Array<{ base: number; bits: number }>;
  v6: Array<{ groups: number[]; bits: number }>;
  /** Host names allowed as typed (lower case), e.g. "localhost" for a lab. */
  hosts: Set<string>;
}

export const EMPTY_ALLOW_LIST: AllowList = { v4: [], v6: [], hosts: new Set() };

/** Names of cloud metadata services: refused whatever they resolve to. */
const METADATA_HOSTS = new Set([
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "metadata.azure.com",
  "instance-data",
  "instance-data.ec2.internal",
  "metadata.tencentyun.com",
]);

/** Metadata addresses outside the link-local range (link-local is refused as a whole). */
const METADATA_V4 = ["100.100.100.200"]; // Alibaba Cloud
const METADATA_V6 = ["fd00:ec2::254"]; // AWS over IPv6

/**
 * One IPv4 part as inet_aton and the WHATWG URL parser read it: decimal, 0x hex or 0-led
 * octal. Null when it is not a number.
 */
function ipv4Part(part: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return parseInt(part.slice(1), 8);
  if (/^(0|[1-9][0-9]*)$/.test(part)) return Number(part);
  return null;
}

/** IPv4 in every form a URL or resolver accepts: 127.0.0.1, 2130706433, 0x7f.1, 0177.0.0.1. */
export function parseIpv4(text: string): number | null {
  const parts = text.replace(/\.$/, "").split(".");
  if (parts.length === 0 || parts.length > 4) return null;
  const numbers = parts.map(ipv4Part);
  if (numbers.some((n) => n === null)) return null;
  const values = numbers as number[];
  const last = values[values.length - 1] ?? 0;
  const leading = values.slice(0, -1);
  if (leading.some((n) => n > 255)) return null;
  if (last >= 256 ** (5 - values.length)) return null;
  return leading.reduce((sum, n, i) => sum + n * 256 ** (3 - i), 0) + last;
}

/** IPv6 (brackets and a %zone allowed, dotted IPv4 tail allowed) as eight groups. */
export function parseIpv6(text: string): number[] | null {
  let bare = text.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  if (!bare.includes(":")) return null;
  // A dotted IPv4 tail (::ffff:127.0.0.1) is the last two groups written another way.
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (dotted) {
    const v4 = parseIpv4(dotted[2] ?? "");
    if (v4 === null) return null;
    bare = `${dotted[1]}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = bare.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (s: string) => (s === "" ? [] : s.split(":"));
  const parse = (g: string) => (/^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN);
  const left = groupsOf(halves[0] ?? "").map(parse);
  const right = halves.length === 2 ? groupsOf(halves[1] ?? "").map(parse) : [];
  if ([...left, ...right].some(Number.isNaN)) return null;
  const missing = 8 - left.length - right.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...left, ...Array<number>(missing).fill(0), ...right];
}

/** The IPv4 address an IPv6 one carries (mapped ::ffff:0:0/96, NAT64 64:ff9b::/96). */
function embeddedIpv4(groups: number[]): number | null {
  const prefix = groups.slice(0, 6);
  const last = (groups[6] ?? 0) * 65536 + (groups[7] ?? 0);
  const zeros = (n: number) => prefix.slice(0, n).every((g) => g === 0);
  if (zeros(5) && prefix[5] === 0xffff) return last;
  if (prefix[0] === 0x64 && prefix[1] === 0xff9b && prefix.slice(2).every((g) => g === 0))
    return last;
  return null;
}

/** An address literal in any accepted form, or null for a host name. */
export function parseIp(text: string): IpAddress | null {
  const v4 = parseIpv4(text);
  if (v4 !== null) return { family: 4, value: v4 };
  const groups = parseIpv6(text);
  if (!groups) return null;
  const mapped = embeddedIpv4(groups);
  return mapped === null ? { family: 6, groups } : { family: 4, value: mapped };
}

/** Dotted IPv4 or bracket-free IPv6 text for an address, as sockets take it. */
export function formatIp(address: IpAddress): string {
  if (address.family === 4) {
    const v = address.value;
    return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join(".");
  }
  return address.groups.map((g) => g.toString(16)).join(":");
}

function inV4(value: number, base: number, bits: number): boolean {
  if (bits === 0) return true;
  const shift = 32 - bits;
  return Math.floor(value / 2 ** shift) === Math.floor(base / 2 ** shift);
}

function inV6(groups: number[], base: number[], bits: number): boolean {
  for (let i = 0; i < 8; i++) {
    const take = Math.max(0, Math.min(16, bits - i * 16));
    if (take === 0) return true;
    const mask = (0xffff << (16 - take)) & 0xffff;
    if (((groups[i] ?? 0) & mask) !== ((base[i] ?? 0) & mask)) return false;
  }
  return true;
}

const v4 = (text: string) => parseIpv4(text) ?? 0;
const v6 = (text: string) => parseIpv6(text) ?? [];

/** Why the policy refuses this address by default, or null. */
export function refusedReason(address: IpAddress): RefusedReason | null {
  if (address.family === 4) {
    const value = address.value;
    if (METADATA_V4.some((m) => v4(m) === value) || value === v4("169.254.169.254"))
      return "metadata";
    if (inV4(value, v4("127.0.0.0"), 8)) return "loopback";
    if (inV4(value, v4("169.254.0.0"), 16)) return "link-local";
    if (inV4(value, 0, 8)) return "unspecified";
    return null;
  }
  const groups = address.groups;
  if (METADATA_V6.some((m) => inV6(groups, v6(m), 128))) return "metadata";
  if (inV6(groups, v6("::1"), 128)) return "loopback";
  if (inV6(groups, v6("::"), 128)) return "unspecified";
  if (inV6(groups, v6("fe80::"), 10)) return "link-local";
  return null;
}

function isAllowedAddress(address: IpAddress, allow: AllowList): boolean {
  if (address.family === 4) return allow.v4.some((r) => inV4(address.value, r.base, r.bits));
  return allow.v6.some((r) => inV6(address.groups, r.groups, r.bits));
}

/** Why an address may not be reached under this allow-list, or null when it may. */
export function checkAddress(
  text: string,
  allow: AllowList = EMPTY_ALLOW_LIST,
): RefusedReason | null {
  const address = parseIp(text);
  if (!address) return "unspecified"; // not an address at all: never connect to it
  if (isAllowedAddress(address, allow)) return null;
  return refusedReason(address);
}

/** Whether a host name is refused by name alone (metadata services), before any lookup. */
export function isRefusedHostName(name: string, allow: AllowList = EMPTY_ALLOW_LIST): boolean {
  const host = name.toLowerCase().replace(/\.$/, "");
  if (allow.hosts.has(host)) return false;
  return METADATA_HOSTS.has(host);
}

export function isAllowedHostName(name: string, allow: AllowList): boolean {
  return allow.hosts.has(name.toLowerCase().replace(/\.$/, ""));
}

/** One allow-list entry (CIDR, address or host name) or an explanation of what is wrong. */
function addEntry(list: AllowList, entry: string): string | null {
  const [base = "", bitsText, extra] = entry.split("/");
  if (extra !== undefined) return `"${entry}" is not a CIDR range, address or host name`;
  const address = parseIp(base);
  if (!address) {
    if (bitsText !== undefined || !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(base))
      return `"${entry}" is not a CIDR range, address or host name`;
    list.hosts.add(base.toLowerCase());
    return null;
  }
  const max = address.family === 4 ? 32 : 128;
  const bits = bitsText === undefined ? max : Number(bitsText);
  if (!/^\d+$/.test(bitsText ?? String(max)) || bits > max)
    return `"${entry}" has a prefix length outside 0–${max}`;
  if (address.family === 4) list.v4.push({ base: address.value, bits });
  else list.v6.push({ groups: address.groups, bits });
  return null;
}

/** Parses "127.0.0.1, 10.0.0.0/8, ::1, lab-adc.local"; errors name each bad entry. */
export function parseAllowList(text: string): { list: AllowList; errors: string[] } {
  const list: AllowList = { v4: [], v6: [], hosts: new Set() };
  const errors: string[] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const error = addEntry(list, entry);
    if (error) errors.push(error);
  }
  return { list, errors };
}
