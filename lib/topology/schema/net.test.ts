import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  hasHostBits,
  inSubnet,
  isDnsName,
  isFqdn,
  isIPv4,
  isIPv6,
  isReservedInSubnet,
  netmaskPrefixLength,
  parseCidrV4,
  subnetOf,
} from "./net";

describe("address helpers", () => {
  it.each(["10.10.20.11", "0.0.0.0", "255.255.255.255"])("%s is IPv4", (v) =>
    expect(isIPv4(v)).toBe(true),
  );
  it.each(["10.10.20.256", "10.10.20", "010.1.1.1", " 10.1.1.1", "a.b.c.d"])(
    "%s is not IPv4",
    (v) => expect(isIPv4(v)).toBe(false),
  );

  it.each([
    "2001:db8::11",
    "::1",
    "::",
    "fe80::1%eth0",
    "1::2::3",
    "::ffff:10.0.0.1",
    "12345::",
    "g::1",
    "",
  ])("isIPv6(%j) answers as z.ipv6() does", (v) =>
    expect(isIPv6(v)).toBe(z.ipv6().safeParse(v).success),
  );

  it("knows IPv6 and DNS names", () => {
    expect(isIPv6("2001:db8::11")).toBe(true);
    expect(isIPv6("10.0.0.1")).toBe(false);
    expect(isDnsName("igel")).toBe(true);
    expect(isFqdn("igel")).toBe(false);
    expect(isFqdn("xms.corp.local")).toBe(true);
    expect(isFqdn("10.0.0.1")).toBe(false);
    expect(isDnsName("-bad.corp.local")).toBe(false);
    expect(isDnsName(`${"a".repeat(64)}.local`)).toBe(false);
  });

  it("does subnet arithmetic", () => {
    const subnet = parseCidrV4("10.10.20.0/24");
    expect(subnet).toEqual({ network: 168432640, prefixLength: 24, size: 256 });
    if (!subnet) return;
    expect(inSubnet("10.10.20.100", subnet)).toBe(true);
    expect(inSubnet("10.10.21.1", subnet)).toBe(false);
    expect(isReservedInSubnet("10.10.20.0", subnet)).toBe(true);
    expect(isReservedInSubnet("10.10.20.255", subnet)).toBe(true);
    expect(isReservedInSubnet("10.10.20.1", subnet)).toBe(false);
    expect(hasHostBits("10.10.20.7/24")).toBe(true);
    expect(hasHostBits("10.10.20.0/24")).toBe(false);
    expect(parseCidrV4("10.10.20.0/33")).toBeUndefined();
    expect(parseCidrV4("10.10.20.0")).toBeUndefined();
  });

  it("reads dotted netmasks", () => {
    expect(netmaskPrefixLength("255.255.255.255")).toBe(32);
    expect(netmaskPrefixLength("255.255.255.0")).toBe(24);
    expect(netmaskPrefixLength("0.0.0.0")).toBe(0);
    expect(netmaskPrefixLength("255.0.255.0")).toBeUndefined();
    expect(subnetOf("10.20.1.5", "255.255.255.0")).toEqual(parseCidrV4("10.20.1.0/24"));
  });
});
