// Finding IP addresses in free text (labels, URLs, messages) for the shared view's masking.
// Candidates are found by shape and then confirmed by node:net, so clock times ("12:03:22"),
// MAC addresses and ISO timestamps are never mistaken for addresses.
import { isIPv4, isIPv6 } from "node:net";

export interface AddressMatch {
  /** The address as written, including a "/prefix" when it is a network (CIDR). */
  text: string;
  /** True for "10.0.0.0/24"-style networks. */
  network: boolean;
}

// IPv6 (optionally with an embedded IPv4 tail and a /prefix). Not preceded or followed by a
// character that would make it part of a longer word or number.
const IPV6 =
  /(?<![0-9A-Za-z_:.])((?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}))(\/\d{1,3})?(?![0-9A-Za-z_:])/g;

// IPv4 with an optional /prefix; "1.2.3.4.5" (a version string) is not an address.
const IPV4 = /(?<![0-9A-Za-z_.])(\d{1,3}(?:\.\d{1,3}){3})(\/\d{1,2})?(?![0-9A-Za-z_]|\.\d)/g;

function validPrefix(prefix: string | undefined, max: number): boolean {
  return prefix === undefined || Number(prefix.slice(1)) <= max;
}

/**
 * A subnet mask such as 255.255.255.0 (persistence masks, netmasks) describes a size, not a
 * place: it is left readable so "mask 255.255.255.255" keeps its meaning.
 */
export function isNetmask(address: string): boolean {
  if (!address.startsWith("255.")) return false;
  const value = address
    .split(".")
    .reduce((sum, octet) => sum * 256 + Number(octet), 0)
    .toString(2)
    .padStart(32, "0");
  return /^1*0*$/.test(value);
}

/** Replaces every IPv6 and then every IPv4 address in `text` with `replace(match)`. */
export function replaceAddresses(text: string, replace: (match: AddressMatch) => string): string {
  const v6 = text.replace(IPV6, (whole, address: string, prefix: string | undefined) =>
    /[0-9A-Fa-f]/.test(address) && isIPv6(address) && validPrefix(prefix, 128)
      ? replace({ text: whole, network: prefix !== undefined })
      : whole,
  );
  return v6.replace(IPV4, (whole, address: string, prefix: string | undefined) =>
    isIPv4(address) && !isNetmask(address) && validPrefix(prefix, 32)
      ? replace({ text: whole, network: prefix !== undefined })
      : whole,
  );
}
