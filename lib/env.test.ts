import { describe, expect, it } from "vitest";
import { EnvError, getEnv, parseEnv, proxyTrust, setDerivedEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("applies defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: "127.0.0.1",
      DATA_DIR: ".data",
      LOG_LEVEL: "info",
      TRUST_PROXY: false,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats blank values as missing", () => {
    const env = parseEnv({ DATABASE_URL: "  ", PORT: "", APP_SECRET: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.APP_SECRET).toBeUndefined();
  });

  it("names every bad variable with a fix", () => {
    let message = "";
    try {
      parseEnv({
        DATABASE_URL: "mysql://x",
        PORT: "99999",
        APP_SECRET: "short",
        LOG_LEVEL: "loud",
      });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toContain("DATABASE_URL: must be a postgresql:// URL");
    expect(message).toContain("PORT:");
    expect(message).toContain("APP_SECRET: must be at least 32 characters");
    expect(message).toContain("LOG_LEVEL:");
  });

  it("accepts TRUST_PROXY=true and a postgres URL", () => {
    const env = parseEnv({ TRUST_PROXY: "true", DATABASE_URL: "postgres://u:p@127.0.0.1:5432/db" });
    expect(env.TRUST_PROXY).toBe(true);
    expect(env.DATABASE_URL).toBe("postgres://u:p@127.0.0.1:5432/db");
  });

  it("reads the trusted proxies as a hop count or address ranges; TRUST_PROXY=true is one hop", () => {
    expect(proxyTrust(parseEnv({}))).toEqual({ kind: "none" });
    expect(proxyTrust(parseEnv({ TRUST_PROXY: "true" }))).toEqual({ kind: "hops", hops: 1 });
    expect(proxyTrust(parseEnv({ TRUSTED_PROXY_HOPS: "2" }))).toEqual({ kind: "hops", hops: 2 });
    expect(proxyTrust(parseEnv({ TRUSTED_PROXY_HOPS: "0" }))).toEqual({ kind: "none" });
    expect(proxyTrust(parseEnv({ TRUSTED_PROXIES: " 10.0.0.0/8, 192.0.2.7 ,fd00::/8" }))).toEqual({
      kind: "addresses",
      ranges: [
        { address: "10.0.0.0", prefix: 8, family: "ipv4" },
        { address: "192.0.2.7", prefix: 32, family: "ipv4" },
        { address: "fd00::", prefix: 8, family: "ipv6" },
      ],
    });
  });

  it("refuses bad proxy settings field by field", () => {
    const messageFor = (source: Record<string, string>) => {
      try {
        parseEnv(source);
      } catch (error) {
        expect(error).toBeInstanceOf(EnvError);
        return (error as Error).message;
      }
      return "";
    };
    expect(messageFor({ TRUSTED_PROXY_HOPS: "one" })).toContain(
      "TRUSTED_PROXY_HOPS: must be a whole number of proxies",
    );
    expect(messageFor({ TRUSTED_PROXY_HOPS: "1.5" })).toContain("TRUSTED_PROXY_HOPS:");
    expect(messageFor({ TRUSTED_PROXY_HOPS: "-1" })).toContain("TRUSTED_PROXY_HOPS: must be 0");
    expect(messageFor({ TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal, 10.0.0.0/33" })).toContain(
      'TRUSTED_PROXIES: "proxy.internal", "10.0.0.0/33" are not IP addresses or CIDR ranges',
    );
    expect(messageFor({ TRUST_PROXY: "true", TRUSTED_PROXY_HOPS: "2" })).toContain(
      "TRUSTED_PROXIES: set only one of TRUST_PROXY, TRUSTED_PROXY_HOPS",
    );
    expect(messageFor({ TRUSTED_PROXY_HOPS: "1", TRUSTED_PROXIES: "10.0.0.0/8" })).toContain(
      "set only one of TRUSTED_PROXY_HOPS, TRUSTED_PROXIES",
    );
  });
});

describe("setDerivedEnv", () => {
  it("is seen by getEnv even when the environment was read (by a log line) before", () => {
    const before = process.env.DEMO_SIMULATOR_URL;
    delete process.env.DEMO_SIMULATOR_URL;
    try {
      setDerivedEnv({});
      expect(getEnv().DEMO_SIMULATOR_URL).toBeUndefined();
      setDerivedEnv({ DEMO_SIMULATOR_URL: "https://127.0.0.1:9443" });
      expect(getEnv().DEMO_SIMULATOR_URL).toBe("https://127.0.0.1:9443");
    } finally {
      if (before === undefined) delete process.env.DEMO_SIMULATOR_URL;
      else process.env.DEMO_SIMULATOR_URL = before;
      setDerivedEnv({});
    }
  });
});
