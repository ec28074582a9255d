// The outbound policy as a pure function: which addresses an appliance connection may reach.
// Nothing here opens a socket.
import { describe, expect, it } from "vitest";
import {
  checkAddress,
  isRefusedHostName,
  parseAllowList,
  parseIp,
  formatIp,
} from "@/lib/appliances/outbound-policy";

describe("checkAddress (default policy)", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["169.254.0.1", "link-local"],
    ["169.254.169.254", "metadata"],
    ["169.254.170.2", "link-local"],
    ["100.100.100.200", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["::", "unspecified"],
  ])("refuses %s (%s)", (address, reason) => {
    expect(checkAddress(address)).toBe(reason);
  });

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["[::ffff:169.254.169.254]", "metadata"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["64:ff9b::7f00:1", "loopback"],
  ])("sees through IPv4-mapped and NAT64 IPv6: %s (%s)", (address, reason) => {
    expect(checkAddress(address)).toBe(reason);
  });

  it.each([
    ["2130706433", "loopback"],
    ["0x7f000001", "loopback"],
    ["0x7f.1", "loopback"],
    ["0177.0.0.1", "loopback"],
    ["127.1", "loopback"],
    ["2852039166", "metadata"],
    ["0xa9.0xfe.0xa9.0xfe", "metadata"],
    ["0", "unspecified"],
  ])("reads decimal, hex and octal IPv4 forms: %s (%s)", (address, reason) => {
    expect(checkAddress(address)).toBe(reason);
  });

  it.each(["10.0.0.10", "192.168.1.20", "172.16.5.5", "203.0.113.7", "2001:db8::10", "fe00::1"])(
    "lets an appliance address through: %s",
    (address) => {
      expect(checkAddress(address)).toBeNull();
    },
  );

  it("refuses what is not an address at all", () => {
    expect(checkAddress("adc.example.com")).toBe("unspecified");
    expect(checkAddress("1.2.3.4.5")).toBe("unspecified");
    expect(checkAddress("256.1.1.1")).toBe("unspecified");
  });

  it("normalises what it parses to the form sockets take", () => {
    expect(formatIp(parseIp("0x7f.1") ?? { family: 4, value: 0 })).toBe("127.0.0.1");
    expect(formatIp(parseIp("::ffff:169.254.169.254") ?? { family: 4, value: 0 })).toBe(
      "169.254.169.254",
    );
  });
});

describe("metadata host names", () => {
  it.each(["metadata.google.internal", "METADATA.google.internal.", "metadata", "metadata.goog"])(
    "refuses %s by name",
    (name) => {
      expect(isRefusedHostName(name)).toBe(true);
    },
  );

  it("lets other names through to the address check", () => {
    expect(isRefusedHostName("adc.example.com")).toBe(false);
  });
});

describe("the allow-list", () => {
  it("allows listed ranges, addresses and names, and nothing more", () => {
    const { list, errors } = parseAllowList("127.0.0.1, 169.254.10.0/24 ::1 lab-adc.local");
    expect(errors).toEqual([]);
    expect(checkAddress("127.0.0.1", list)).toBeNull();
    expect(checkAddress("::ffff:127.0.0.1", list)).toBeNull();
    expect(checkAddress("127.0.0.2", list)).toBe("loopback");
    expect(checkAddress("169.254.10.9", list)).toBeNull();
    expect(checkAddress("169.254.169.254", list)).toBe("metadata");
    expect(checkAddress("::1", list)).toBeNull();
    expect(list.hosts.has("lab-adc.local")).toBe(true);
  });

  it("names each bad entry", () => {
    expect(parseAllowList("10.0.0.0/33, a/b/c, under_score").errors).toEqual([
      '"10.0.0.0/33" has a prefix length outside 0–32',
      '"a/b/c" is not a CIDR range, address or host name',
      '"under_score" is not a CIDR range, address or host name',
    ]);
  });
});
