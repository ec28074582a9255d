// The policy resolver: what a socket is allowed to connect to once names are resolved. The
// fake lookups answer with addresses but nothing connects to them.
import { describe, expect, it } from "vitest";
import { policyResolver } from "@/lib/appliances/outbound-guard";
import { EMPTY_ALLOW_LIST, parseAllowList } from "@/lib/appliances/outbound-policy";
import { UNREACHABLE_MESSAGE } from "@/lib/nitro";

const answering =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address }));

const refused = { kind: "unreachable", message: UNREACHABLE_MESSAGE };

describe("policyResolver", () => {
  it("refuses a name that resolves to loopback ('localhost', through the system resolver)", async () => {
    await expect(policyResolver(EMPTY_ALLOW_LIST)("localhost")).rejects.toMatchObject(refused);
  });

  it("refuses a name when any of its addresses is internal, and answers the checked one", async () => {
    const mixed = policyResolver(EMPTY_ALLOW_LIST, answering("203.0.113.7", "169.254.169.254"));
    await expect(mixed("adc.example.test")).rejects.toMatchObject(refused);
    const clean = policyResolver(EMPTY_ALLOW_LIST, answering("203.0.113.7", "10.0.0.10"));
    await expect(clean("adc.example.test")).resolves.toBe("203.0.113.7");
  });

  it("checks every connection anew: a name that rebinds to loopback is refused then", async () => {
    let answer = "10.0.0.10";
    const resolve = policyResolver(EMPTY_ALLOW_LIST, async () => [{ address: answer }]);
    await expect(resolve("adc.example.test")).resolves.toBe("10.0.0.10");
    answer = "127.0.0.1";
    await expect(resolve("adc.example.test")).rejects.toMatchObject(refused);
  });

  it("refuses metadata names without looking them up", async () => {
    let looked = false;
    const resolve = policyResolver(EMPTY_ALLOW_LIST, async () => {
      looked = true;
      return [{ address: "10.0.0.1" }];
    });
    await expect(resolve("metadata.google.internal")).rejects.toMatchObject(refused);
    expect(looked).toBe(false);
  });

  it("answers a name that does not resolve like a refused one", async () => {
    const resolve = policyResolver(EMPTY_ALLOW_LIST, async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    });
    await expect(resolve("nothing.invalid")).rejects.toMatchObject(refused);
  });

  it("normalises and checks address literals in any form", async () => {
    const resolve = policyResolver(EMPTY_ALLOW_LIST, answering());
    await expect(resolve("0x7f.1")).rejects.toMatchObject(refused);
    await expect(resolve("::ffff:127.0.0.1")).rejects.toMatchObject(refused);
    await expect(resolve("10.0.0.10")).resolves.toBe("10.0.0.10");
  });

  it("lets the allow-list through: ranges by address, names whatever they resolve to", async () => {
    const { list } = parseAllowList("127.0.0.1 lab-sim");
    const resolve = policyResolver(list, answering("127.0.0.2"));
    await expect(resolve("127.0.0.1")).resolves.toBe("127.0.0.1");
    await expect(resolve("::ffff:7f00:1")).resolves.toBe("127.0.0.1");
    await expect(resolve("lab-sim")).resolves.toBe("127.0.0.2");
    await expect(resolve("127.0.0.2")).rejects.toMatchObject(refused);
  });
});
