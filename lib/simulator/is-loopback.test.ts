import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { isLoopback, loopbackConnectHost } from "./health/is-loopback";
import { Prober } from "./health/prober";
import { NonLoopbackProbeError, probeTcp } from "./health/tcp-probe";

describe("isLoopback (the only gate to real sockets)", () => {
  it.each([
    "127.0.0.1",
    "127.5.6.7",
    "127.255.255.254",
    "127.0.0.0",
    "::1",
    "0:0:0:0:0:0:0:1",
    "0000:0000:0000:0000:0000:0000:0000:0001",
    "::ffff:127.0.0.1",
    "::FFFF:127.9.8.7",
    "::ffff:7f00:1",
  ])("accepts loopback literal %s", (address) => {
    expect(isLoopback(address)).toBe(true);
  });

  it.each([
    "10.10.20.11",
    "10.20.1.50",
    "0.0.0.0",
    "128.0.0.1",
    "126.255.255.255",
    "1.127.0.0",
    "::",
    "::2",
    "1::1",
    "::ffff:10.0.0.1",
    "::ffff:128.0.0.1",
    "fe80::1",
    "fe80::1%lo",
    "localhost",
    "localhost.localdomain",
    "ip6-localhost",
    "127.0.0.1.nip.io",
    "127.0.0.1:80",
    "[::1]",
    "127.1",
    "0177.0.0.1",
    "0x7f.0.0.1",
    "2130706433",
    " 127.0.0.1",
    "127.0.0.1 ",
    "127.0.0.256",
    "",
    "ums01.corp.local",
  ])("refuses %j", (address) => {
    expect(isLoopback(address)).toBe(false);
  });

  it("accepts exactly the dotted quads in 127.0.0.0/8", () => {
    const octet = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(octet, octet, octet, octet, (a, b, c, d) => {
        expect(isLoopback(`${a}.${b}.${c}.${d}`)).toBe(a === 127);
      }),
    );
  });

  it("maps IPv4-mapped loopback to the IPv4 form it dials", () => {
    expect(loopbackConnectHost("::ffff:127.0.0.9")).toBe("127.0.0.9");
    expect(loopbackConnectHost("::ffff:7f00:1")).toBe("127.0.0.1");
    expect(loopbackConnectHost("::1")).toBe("::1");
  });

  it("never treats arbitrary text as loopback unless it parses as a 127/8 or ::1 literal", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (isLoopback(text)) {
          expect(text === "::1" || text.startsWith("127.") || text.includes(":")).toBe(true);
        }
      }),
    );
  });
});

describe("probeTcp", () => {
  it("refuses a non-loopback address without opening a socket", async () => {
    await expect(probeTcp("10.10.20.11", 443, 100)).rejects.toBeInstanceOf(NonLoopbackProbeError);
    await expect(probeTcp("localhost", 443, 100)).rejects.toBeInstanceOf(NonLoopbackProbeError);
  });

  it("reports a closed loopback port as down", async () => {
    await expect(probeTcp("127.0.0.1", 1, 500)).resolves.toBe(false);
  });
});

describe("Prober", () => {
  it("drops non-loopback targets before calling the probe", async () => {
    const probe = vi.fn(() => Promise.resolve(true));
    const onResult = vi.fn();
    const prober = new Prober({
      intervalMs: 1000,
      targets: () => [
        { host: "10.10.20.11", port: 8443 },
        { host: "xms01.corp.local", port: 443 },
        { host: "127.0.0.1", port: 9 },
      ],
      probe,
      onResult,
      onCycle: () => undefined,
    });
    await prober.runOnce();
    await prober.stop();
    expect(probe).toHaveBeenCalledTimes(1);
    expect(probe).toHaveBeenCalledWith("127.0.0.1", 9, expect.any(Number));
    expect(onResult).toHaveBeenCalledWith({ host: "127.0.0.1", port: 9 }, true);
  });
});
