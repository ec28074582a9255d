import { describe, expect, it } from "vitest";
import {
  normalizeAddress,
  parseTrustedRange,
  resolveClientAddress,
  type ProxyTrust,
} from "./proxy-trust";

const none: ProxyTrust = { kind: "none" };
const hops = (count: number): ProxyTrust => ({ kind: "hops", hops: count });
const addresses = (...ranges: string[]): ProxyTrust => ({
  kind: "addresses",
  ranges: ranges.map((range) => {
    const parsed = parseTrustedRange(range);
    if (!parsed) throw new Error(`bad range in test: ${range}`);
    return parsed;
  }),
});

describe("resolveClientAddress", () => {
  it.each<[string, string | undefined, string | string[] | undefined, ProxyTrust, string]>([
    // [case, socket address, X-Forwarded-For, trust, expected client address]
    ["no proxy: the socket's peer", "203.0.113.9", undefined, none, "203.0.113.9"],
    ["no proxy: a forged header is ignored", "203.0.113.9", "198.51.100.1", none, "203.0.113.9"],
    ["no proxy: a mapped IPv4 socket", "::ffff:203.0.113.9", undefined, none, "203.0.113.9"],
    ["no proxy: no socket address", undefined, "198.51.100.1", none, "unknown"],
    ["one hop: the address nginx appended", "10.0.0.2", "203.0.113.9", hops(1), "203.0.113.9"],
    [
      "one hop: a spoofed leftmost value is skipped",
      "10.0.0.2",
      "198.51.100.66, 203.0.113.9",
      hops(1),
      "203.0.113.9",
    ],
    [
      "one hop: several spoofed values, odd spacing",
      "10.0.0.2",
      "1.1.1.1,2.2.2.2 ,  203.0.113.9",
      hops(1),
      "203.0.113.9",
    ],
    [
      "one hop: repeated headers are one list",
      "10.0.0.2",
      ["198.51.100.66", "203.0.113.9"],
      hops(1),
      "203.0.113.9",
    ],
    ["one hop: no header, so the peer itself", "10.0.0.2", undefined, hops(1), "10.0.0.2"],
    ["one hop: an empty header", "10.0.0.2", "", hops(1), "10.0.0.2"],
    [
      "two hops: skips the second proxy",
      "10.0.0.3",
      "198.51.100.66, 203.0.113.9, 10.0.0.2",
      hops(2),
      "203.0.113.9",
    ],
    ["one hop: IPv6 client", "10.0.0.2", "2001:DB8::9", hops(1), "2001:db8::9"],
    ["one hop: IPv6 with brackets and port", "::1", "[2001:db8::9]:51234", hops(1), "2001:db8::9"],
    ["one hop: IPv4 with a port", "10.0.0.2", "203.0.113.9:51234", hops(1), "203.0.113.9"],
    ["one hop: mapped IPv4", "10.0.0.2", "::ffff:203.0.113.9", hops(1), "203.0.113.9"],
    [
      "one hop: garbage where the client should be: the proxy that sent it",
      "10.0.0.2",
      "198.51.100.66, <script>",
      hops(1),
      "10.0.0.2",
    ],
    ["one hop: 'unknown' is not an address", "10.0.0.2", "unknown", hops(1), "10.0.0.2"],
    ["one hop: a hostname is not an address", "10.0.0.2", "evil.example", hops(1), "10.0.0.2"],
    [
      "one hop: an out-of-range octet is not an address",
      "10.0.0.2",
      "203.0.113.999",
      hops(1),
      "10.0.0.2",
    ],
    [
      "ranges: skips trusted proxies from the right",
      "10.0.0.3",
      "198.51.100.66, 203.0.113.9, 10.0.0.2",
      addresses("10.0.0.0/8"),
      "203.0.113.9",
    ],
    [
      "ranges: a spoofed trusted-looking value left of the client is never reached",
      "10.0.0.3",
      "10.9.9.9, 203.0.113.9",
      addresses("10.0.0.0/8"),
      "203.0.113.9",
    ],
    [
      "ranges: a peer outside the ranges is the client, whatever it sent",
      "203.0.113.9",
      "198.51.100.66",
      addresses("10.0.0.0/8"),
      "203.0.113.9",
    ],
    [
      "ranges: a single address",
      "192.0.2.7",
      "198.51.100.66, 203.0.113.9",
      addresses("192.0.2.7"),
      "203.0.113.9",
    ],
    [
      "ranges: IPv6 proxies",
      "fd00::2",
      "198.51.100.66, 2001:db8::9, fd00::1",
      addresses("fd00::/8"),
      "2001:db8::9",
    ],
    [
      "ranges: a mapped IPv4 socket matches an IPv4 range",
      "::ffff:10.0.0.2",
      "203.0.113.9",
      addresses("10.0.0.0/8"),
      "203.0.113.9",
    ],
    [
      "ranges: every hop trusted: the leftmost",
      "10.0.0.3",
      "10.0.0.1, 10.0.0.2",
      addresses("10.0.0.0/8"),
      "10.0.0.1",
    ],
    [
      "ranges: garbage behind a trusted proxy: that proxy",
      "10.0.0.3",
      "garbage, 10.0.0.2",
      addresses("10.0.0.0/8"),
      "10.0.0.2",
    ],
  ])("%s", (_case, socketAddress, forwardedFor, trust, expected) => {
    expect(resolveClientAddress({ socketAddress, forwardedFor, trust })).toBe(expected);
  });
});

describe("normalizeAddress", () => {
  it.each<[string, string | null]>([
    ["192.0.2.1", "192.0.2.1"],
    [" 192.0.2.1 ", "192.0.2.1"],
    ["192.0.2.1:80", "192.0.2.1"],
    ["[::1]:3000", "::1"],
    ["[::1]", "::1"],
    ["::FFFF:192.0.2.1", "192.0.2.1"],
    ["2001:db8::1:80", "2001:db8::1:80"],
    ["", null],
    ["192.0.2", null],
    ["192.0.2.1:99999", "192.0.2.1"],
    ["[192.0.2.1", null],
    ["localhost", null],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});

describe("parseTrustedRange", () => {
  it.each<[string, { address: string; prefix: number; family: string } | null]>([
    ["10.0.0.0/8", { address: "10.0.0.0", prefix: 8, family: "ipv4" }],
    ["192.0.2.7", { address: "192.0.2.7", prefix: 32, family: "ipv4" }],
    ["FD00::/8", { address: "fd00::", prefix: 8, family: "ipv6" }],
    ["::1", { address: "::1", prefix: 128, family: "ipv6" }],
    ["10.0.0.0/33", null],
    ["fd00::/129", null],
    ["10.0.0.0/", null],
    ["10.0.0.0/8/8", null],
    ["10.0.0.0/-1", null],
    ["192.0.2.7:80", null],
    ["[::1]", null],
    ["proxy.internal", null],
    ["", null],
  ])("%j", (raw, expected) => {
    expect(parseTrustedRange(raw)).toEqual(expected);
  });
});
