// Which client address a request came from, given the reverse proxies in front of the app.
// X-Forwarded-For is a list every proxy appends to, so only its right end was written by
// proxies we trust; whatever a client sends sits at the left and must never be believed.
// Pure (node:net only) so the launcher, the environment check and the tests share it.
import { BlockList, isIP } from "node:net";

/** How far to trust X-Forwarded-For: not at all, a fixed number of proxies, or by address. */
export type ProxyTrust =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; ranges: readonly TrustedRange[] };

export interface TrustedRange {
  address: string;
  prefix: number;
  family: "ipv4" | "ipv6";
}

/**
 * One X-Forwarded-For entry as a bare IP address, or null when it is not one. Proxies and
 * dual-stack sockets write ports ("192.0.2.1:5123", "[2001:db8::1]:443") and IPv4-mapped
 * IPv6 ("::ffff:192.0.2.1"); all mean the same client.
 */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1] ?? "";
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1] ?? "";
  const family = isIP(value);
  if (family === 4) return value;
  if (family === 6) return value.toLowerCase();
  return null;
}

/** Parses "10.0.0.0/8" or "192.0.2.7" (a single address); null when it is neither. */
export function parseTrustedRange(raw: string): TrustedRange | null {
  const [addressPart = "", prefixPart, ...rest] = raw.trim().split("/");
  if (rest.length > 0) return null;
  // Only a plain address starts a range: no port, no brackets.
  const version = isIP(addressPart.trim());
  if (version === 0) return null;
  const address = addressPart.trim().toLowerCase();
  const family = version === 4 ? "ipv4" : "ipv6";
  const max = family === "ipv4" ? 32 : 128;
  if (prefixPart === undefined) return { address, prefix: max, family };
  if (!/^\d{1,3}$/.test(prefixPart)) return null;
  const prefix = Number(prefixPart);
  return prefix <= max ? { address, prefix, family } : null;
}

function trustedBlockList(ranges: readonly TrustedRange[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) list.addSubnet(range.address, range.prefix, range.family);
  return list;
}

/**
 * The client's address: walking the hops from the right (the socket's peer first, then
 * X-Forwarded-For from its end), the first one not a trusted proxy. If an entry is not an
 * address, the hop that handed it over is the last one we can vouch for, so that one is
 * used; if every hop is trusted, the leftmost one is.
 */
export function resolveClientAddress(input: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trust: ProxyTrust;
}): string {
  const peer = normalizeAddress(input.socketAddress ?? "") ?? "unknown";
  if (input.trust.kind === "none") return peer;
  const forwarded = [input.forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(","))
    .filter((entry) => entry.trim() !== "");
  const hops = [...forwarded, input.socketAddress ?? ""];
  const { trust } = input;
  const blockList = trust.kind === "addresses" ? trustedBlockList(trust.ranges) : null;
  const isTrusted = (address: string, fromRight: number) =>
    blockList
      ? blockList.check(address, address.includes(":") ? "ipv6" : "ipv4")
      : fromRight < (trust.kind === "hops" ? trust.hops : 0);

  let lastVouched = peer;
  for (let fromRight = 0; fromRight < hops.length; fromRight += 1) {
    const address = normalizeAddress(hops[hops.length - 1 - fromRight] ?? "");
    if (!address) return lastVouched;
    if (!isTrusted(address, fromRight)) return address;
    lastVouched = address;
  }
  return lastVouched;
}
