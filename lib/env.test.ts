import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

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
});
