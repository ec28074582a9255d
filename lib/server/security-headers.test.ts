import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import {
  contentSecurityPolicy,
  newNonce,
  STATIC_SECURITY_HEADERS,
  transportHeaders,
} from "./security-headers";

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it("admits scripts and <style> elements only with the nonce; no framing, plugins or base", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc", dev: false, https: false }));
    expect(csp.get("script-src")).toBe("'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp.get("style-src-elem")).toBe("'self' 'nonce-abc'");
    expect(csp.get("style-src-attr")).toBe("'unsafe-inline'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("connect-src")).toBe("'self'");
    expect(csp.get("img-src")).toBe("'self' data:");
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only in development, and upgrades requests only over https", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", dev: true, https: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.has("upgrade-insecure-requests")).toBe(true);
    const prod = contentSecurityPolicy({ nonce: "n", dev: false, https: true });
    expect(prod).not.toContain("unsafe-eval");
  });
});

describe("newNonce", () => {
  it("is 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("fixed and transport headers", () => {
  it("deny powerful features and cross-origin openers everywhere", () => {
    expect(STATIC_SECURITY_HEADERS["Permissions-Policy"]).toMatch(
      /camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\).*usb=\(\)/,
    );
    expect(STATIC_SECURITY_HEADERS["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    expect(STATIC_SECURITY_HEADERS["X-Frame-Options"]).toBe("DENY");
    expect(STATIC_SECURITY_HEADERS["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("send HSTS for an https APP_URL only", () => {
    expect(transportHeaders("https://ha.example.com")).toEqual({
      "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    });
    expect(transportHeaders("http://127.0.0.1:3000")).toEqual({});
    expect(transportHeaders(undefined)).toEqual({});
  });
});

describe("proxy", () => {
  const run = (path: string, appUrl: string, headers: Record<string, string> = {}) => {
    const previous = process.env.APP_URL;
    process.env.APP_URL = appUrl;
    try {
      return proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers }));
    } finally {
      process.env.APP_URL = previous;
    }
  };

  it("gives each page request a fresh nonce, in the response CSP and to the renderer", () => {
    const first = run("/topologies", "http://127.0.0.1:3000");
    const second = run("/topologies", "http://127.0.0.1:3000");
    const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    // NextResponse.next passes overridden request headers on as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toContain(
      `'nonce-${nonce}'`,
    );
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends HSTS on pages and route handlers when APP_URL is https; no page CSP on the API", () => {
    const page = run("/share/abc", "https://ha.example.com");
    expect(page.headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
    const api = run("/api/health", "https://ha.example.com", { "x-nonce": "chosen" });
    expect(api.headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(api.headers.get("content-security-policy")).toBeNull();
    expect(api.headers.get("x-middleware-request-x-nonce")).toBeNull();
  });

  it("never lets a client choose the page's nonce", () => {
    const page = run("/sign-in", "http://127.0.0.1:3000", { "x-nonce": "chosen" });
    expect(page.headers.get("x-middleware-request-x-nonce")).not.toBe("chosen");
  });
});
