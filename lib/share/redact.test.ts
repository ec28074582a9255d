import { describe, expect, it } from "vitest";
import { isNetmask, replaceAddresses } from "./addresses";
import { APPLIANCE_PLACEHOLDER, createRedactor } from "./redact";

const mask = (text: string, applianceUrls: string[] = []) =>
  createRedactor({ showAddresses: false, applianceUrls }).text(text);

describe("replaceAddresses", () => {
  const found = (text: string) => {
    const out: string[] = [];
    replaceAddresses(text, (m) => {
      out.push(m.text);
      return "X";
    });
    return out;
  };

  it("finds IPv4 addresses, networks, and addresses next to ports and punctuation", () => {
    expect(found("VIP 10.10.20.100:8443, members 10.10.20.11 and 10.10.20.12.")).toEqual([
      "10.10.20.100",
      "10.10.20.11",
      "10.10.20.12",
    ]);
    expect(found("subnet 10.10.20.0/24 (gw 192.168.1.1)")).toEqual([
      "10.10.20.0/24",
      "192.168.1.1",
    ]);
    expect(found("https://10.0.0.5/nitro/v1")).toEqual(["10.0.0.5"]);
  });

  it("finds IPv6 addresses: compressed, full, with a prefix, bracketed, IPv4-mapped", () => {
    expect(
      found("fd00::1 2001:db8:0:0:0:0:0:1 fd00:10::/64 [fe80::1]:443 ::ffff:10.0.0.1 ::1"),
    ).toEqual([
      "fd00::1",
      "2001:db8:0:0:0:0:0:1",
      "fd00:10::/64",
      "fe80::1",
      "::ffff:10.0.0.1",
      "::1",
    ]);
  });

  it("leaves clock times, timestamps, MAC addresses, versions, names and netmasks alone", () => {
    const text =
      "14:03:22 UTC 2026-03-12T14:03:22.000Z aa:bb:cc:dd:ee:ff NS13.1.49.13 1.2.3.4.5 " +
      "igel_sg_30001 mask 255.255.255.255 / 255.255.255.0 999.1.1.1 std::vector";
    expect(found(text)).toEqual([]);
  });

  it("knows a netmask from an address", () => {
    expect(isNetmask("255.255.255.0")).toBe(true);
    expect(isNetmask("255.255.254.0")).toBe(true);
    expect(isNetmask("255.0.255.0")).toBe(false);
    expect(isNetmask("10.255.255.255")).toBe(false);
  });
});

describe("createRedactor", () => {
  it("numbers addresses by first appearance and keeps the same placeholder for the same address", () => {
    const r = createRedactor({ showAddresses: false });
    expect(r.text("10.0.0.5 and 10.0.0.6")).toBe("address 1 and address 2");
    expect(r.text("10.0.0.6:443 then 10.0.0.5")).toBe("address 2:443 then address 1");
    expect(r.text("10.0.0.0/24 fd00::5")).toBe("network 1 address 3");
    expect(r.text("FD00::5")).toBe("address 3");
  });

  it("masks the appliance's URL and host as the appliance, before anything else", () => {
    const urls = ["https://adc.corp.local:9443/", "https://127.0.0.1:40123"];
    expect(mask("Cannot reach https://adc.corp.local:9443/nitro/v1", urls)).toBe(
      `Cannot reach ${APPLIANCE_PLACEHOLDER}/nitro/v1`,
    );
    expect(mask("adc.corp.local did not answer; ADC.corp.local again", urls)).toBe(
      `${APPLIANCE_PLACEHOLDER} did not answer; ${APPLIANCE_PLACEHOLDER} again`,
    );
    expect(mask("https://127.0.0.1:40123 or 127.0.0.1 but not 127.0.0.12", urls)).toBe(
      `${APPLIANCE_PLACEHOLDER} or ${APPLIANCE_PLACEHOLDER} but not address 1`,
    );
    // Only whole host names: a longer name that contains it stays.
    expect(mask("adc.corp.local.example and my-adc.corp.local", urls)).toBe(
      "adc.corp.local.example and my-adc.corp.local",
    );
  });

  it("walks JSON-like values deeply, keys included, without changing the input", () => {
    const input = {
      title: "UMS at 10.10.20.100",
      port: 8443,
      up: true,
      none: null,
      missing: undefined,
      when: new Date(0),
      nested: [{ ip: "10.10.20.11" }, ["10.10.20.100"]],
      states: { "vip/10.10.20.100": "up" },
    };
    const out = createRedactor({ showAddresses: false }).value(input);
    expect(out).toEqual({
      title: "UMS at address 1",
      port: 8443,
      up: true,
      none: null,
      missing: undefined,
      when: new Date(0),
      nested: [{ ip: "address 2" }, ["address 1"]],
      states: { "vip/address 1": "up" },
    });
    expect(input.nested[0]).toEqual({ ip: "10.10.20.11" });
  });

  it("refuses values it cannot look into, so nothing slips through unmasked", () => {
    const r = createRedactor({ showAddresses: false });
    expect(() => r.value({ set: new Set(["10.0.0.1"]) })).toThrow(TypeError);
    expect(() => r.value({ f: () => "10.0.0.1" })).toThrow(TypeError);
  });

  it("changes nothing when the link shows addresses", () => {
    const r = createRedactor({ showAddresses: true, applianceUrls: ["https://10.0.0.1"] });
    const value = { a: "https://10.0.0.1 10.0.0.2 fd00::1", b: [1, "10.0.0.0/8"] };
    expect(r.value(value)).toEqual(value);
    expect(r.text("10.0.0.2")).toBe("10.0.0.2");
  });
});
