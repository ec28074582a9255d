import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NitroError } from "./errors";
import { encodeName, formatArgs, nitroPath, parseBaseUrl, readParams } from "./url";

describe("encodeName", () => {
  it("percent-encodes object names twice, like the Go SDK and Ansible", () => {
    expect(encodeName("web 1")).toBe("web%25201");
    expect(encodeName("a/b#c")).toBe("a%252Fb%2523c");
    expect(encodeName("plain_name-1.x")).toBe("plain_name-1.x");
    expect(encodeName("it's(1)*")).toBe("it%2527s%25281%2529%252A");
  });

  it("decodes back to the original name after two rounds of decoding", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const encoded = encodeName(name);
        expect(encoded).toMatch(/^[A-Za-z0-9%._~-]*$/);
        expect(decodeURIComponent(decodeURIComponent(encoded))).toBe(name);
      }),
    );
  });
});

describe("query building", () => {
  it("encodes args/filter values once and keeps the : and , separators literal", () => {
    expect(formatArgs({ servername: "web 1", port: 8080 })).toBe("servername:web%201,port:8080");
    expect(formatArgs({ snicert: true, ca: false })).toBe("snicert:true,ca:false");
    expect(formatArgs({ name: "/^k8s/" })).toBe("name:%2F%5Ek8s%2F");
  });

  it("builds every read option", () => {
    const params = readParams({
      attrs: ["name", "curstate"],
      filter: { servicetype: "HTTP" },
      args: { type: "TCP" },
      view: "summary",
      pageSize: 50,
      pageNo: 2,
      bulkBindings: true,
    });
    expect(nitroPath("config", "lbvserver", undefined, params)).toBe(
      "/nitro/v1/config/lbvserver?attrs=name,curstate&filter=servicetype:HTTP&args=type:TCP" +
        "&view=summary&pagesize=50&pageno=2&bulkbindings=yes",
    );
  });

  it("puts the encoded name in the path", () => {
    expect(nitroPath("stat", "servicegroup", "sg web", [["statbindings", "yes"]])).toBe(
      "/nitro/v1/stat/servicegroup/sg%2520web?statbindings=yes",
    );
  });

  it("refuses resource names that would change the path", () => {
    expect(() => nitroPath("config", "../login")).toThrow(NitroError);
    expect(() => nitroPath("config", "lbvserver?x=1")).toThrow(/Invalid NITRO resource/);
  });
});

describe("parseBaseUrl", () => {
  it("accepts http and https, with default ports and an optional /nitro/v1 suffix", () => {
    expect(parseBaseUrl("https://10.0.0.1")).toMatchObject({ port: 443, prefix: "" });
    expect(parseBaseUrl("http://127.0.0.1:9080/")).toMatchObject({
      protocol: "http:",
      port: 9080,
      origin: "http://127.0.0.1:9080",
    });
    expect(parseBaseUrl("https://ns.example/nitro/v1/").prefix).toBe("");
    expect(parseBaseUrl("https://[::1]:8443").hostname).toBe("::1");
  });

  it("rejects other schemes, garbage and embedded credentials", () => {
    expect(() => parseBaseUrl("ftp://x")).toThrow(/https/);
    expect(() => parseBaseUrl("not a url")).toThrow(/not a valid URL/);
    expect(() => parseBaseUrl("https://nsroot:secret@ns")).toThrow(/credentials/);
  });
});
