import { describe, expect, it } from "vitest";
import { parseSimArgs } from "./cli-args";

describe("npm run sim arguments", () => {
  it("maps flags onto simulator options", () => {
    const cli = parseSimArgs([
      "--port",
      "9443",
      "--tls",
      "--user",
      "admin",
      "--password",
      "pw",
      "--state-file",
      "/tmp/ns.json",
      "--latency",
      "50",
      "--write-error-rate",
      "0.1",
      "--secondary",
      "--probe-interval",
      "2000",
      "--no-seed",
      "--control-token",
      "t",
    ]);
    expect(cli).toEqual({
      help: false,
      options: {
        port: 9443,
        host: "127.0.0.1",
        tls: true,
        username: "admin",
        password: "pw",
        stateFile: "/tmp/ns.json",
        latencyMs: 50,
        writeErrorRate: 0.1,
        secondary: true,
        probeIntervalMs: 2000,
        seed: false,
        controlToken: "t",
      },
    });
  });

  it("defaults to a seeded plain-HTTP simulator on 127.0.0.1:9443", () => {
    expect(parseSimArgs([])).toMatchObject({
      help: false,
      options: { port: 9443, host: "127.0.0.1", tls: false, seed: true, secondary: false },
    });
  });

  it("refuses a non-loopback host unless --allow-remote is given", () => {
    expect(() => parseSimArgs(["--host", "0.0.0.0"])).toThrow(/--allow-remote/);
    expect(() => parseSimArgs(["--host", "10.0.0.5"])).toThrow(/meant for this machine/);
    expect(parseSimArgs(["--host", "0.0.0.0", "--allow-remote"])).toMatchObject({
      options: { host: "0.0.0.0" },
    });
    expect(parseSimArgs(["--host", "::1"])).toMatchObject({ options: { host: "::1" } });
    expect(parseSimArgs(["--host", "localhost"])).toMatchObject({ options: { host: "localhost" } });
  });

  it("rejects bad numbers and unknown flags", () => {
    expect(() => parseSimArgs(["--port", "http"])).toThrow(/--port/);
    expect(() => parseSimArgs(["--write-error-rate", "2"])).toThrow(/between 0 and 1/);
    expect(() => parseSimArgs(["--bogus"])).toThrow();
  });

  it("recognises --help", () => {
    expect(parseSimArgs(["--help"])).toEqual({ help: true });
  });
});
