// Address arithmetic and syntax checks shared by the schemas, the validation rules and compile.
// Pure string/number code so the same checks run in the browser and on the server.
// No zod here: the wizard's browser code imports these helpers.

const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
// z.ipv6()'s own test (zod 4): hex digits, colons and dots, and a URL host the platform accepts.
const IPV6_ALPHABET_RE = /^[0-9a-fA-F:.]+$/;
const LABEL_RE = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

export function isIPv4(value: string): boolean {
  return IPV4_RE.test(value);
}

export function isIPv6(value: string): boolean {
  return IPV6_ALPHABET_RE.test(value) && URL.canParse(`http://[${value}]`);
}

/** The address as an unsigned 32-bit number, or undefined when it is not dotted IPv4. */
export function ipv4ToNumber(value: string): number | undefined {
  if (!isIPv4(value)) return undefined;
  return value.split(".").reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

export function numberToIPv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** One or more DNS labels ("igel" or "igel.corp.local"), at most 253 characters. */
export function isDnsName(value: string): boolean {
  const name = value.endsWith(".") ? value.slice(0, -1) : value;
  if (name.length === 0 || name.length > 253) return false;
  return name.split(".").every((label) => LABEL_RE.test(label));
}

/** A DNS name with at least two labels whose last label is not numeric (so not an IP). */
export function isFqdn(value: string): boolean {
  if (!isDnsName(value)) return false;
  const labels = value.replace(/\.$/, "").split(".");
  return labels.length >= 2 && !/^\d+$/.test(labels[labels.length - 1] ?? "");
}

export interface Ipv4Subnet {
  network: number;
  prefixLength: number;
  /** Number of addresses in the subnet (2^(32 - prefix)). */
  size: number;
}

export function parseCidrV4(value: string): Ipv4Subnet | undefined {
  const match = /^([^/]+)\/(\d{1,2})$/.exec(value);
  if (!match) return undefined;
  const address = ipv4ToNumber(match[1] ?? "");
  const prefixLength = Number(match[2]);
  if (address === undefined || prefixLength > 32) return undefined;
  const size = 2 ** (32 - prefixLength);
  return { network: address - (address % size), prefixLength, size };
}

/** True when the CIDR was written with host bits set (10.10.20.7/24 instead of 10.10.20.0/24). */
export function hasHostBits(value: string): boolean {
  const subnet = parseCidrV4(value);
  const address = ipv4ToNumber(value.split("/")[0] ?? "");
  return subnet !== undefined && address !== undefined && address !== subnet.network;
}

export function formatCidrV4(subnet: Ipv4Subnet): string {
  return `${numberToIPv4(subnet.network)}/${subnet.prefixLength}`;
}

export function inSubnet(address: string, subnet: Ipv4Subnet): boolean {
  const value = ipv4ToNumber(address);
  return value !== undefined && value >= subnet.network && value < subnet.network + subnet.size;
}

/** Network or broadcast address of a subnet that has room for hosts (prefix up to /30). */
export function isReservedInSubnet(address: string, subnet: Ipv4Subnet): boolean {
  const value = ipv4ToNumber(address);
  if (value === undefined || subnet.prefixLength > 30) return false;
  return value === subnet.network || value === subnet.network + subnet.size - 1;
}

/** A dotted IPv4 netmask with contiguous one bits (255.255.255.0, 255.255.255.255 …). */
export function netmaskPrefixLength(value: string): number | undefined {
  const mask = ipv4ToNumber(value);
  if (mask === undefined) return undefined;
  const bits = mask.toString(2).padStart(32, "0");
  return /^1*0*$/.test(bits) ? (bits.indexOf("0") === -1 ? 32 : bits.indexOf("0")) : undefined;
}

/** Subnet of an appliance IP given as address + dotted netmask (how NITRO reports SNIPs). */
export function subnetOf(address: string, netmask: string): Ipv4Subnet | undefined {
  const prefixLength = netmaskPrefixLength(netmask);
  if (prefixLength === undefined) return undefined;
  return parseCidrV4(`${address}/${prefixLength}`);
}

/** Addresses compared the way the appliance would: IPs exactly, host names ignoring case. */
export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
