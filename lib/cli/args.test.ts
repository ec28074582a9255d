// The command line: defaults, and a clear exit-2 error for every mistake.
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./args";
import { CliError } from "./exit-codes";

const fails = (argv: string[], message: string) => {
  let error: unknown;
  try {
    parseCliArgs(argv);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(CliError);
  expect((error as CliError).exitCode).toBe(2);
  expect((error as CliError).message).toContain(message);
};

describe("parseCliArgs", () => {
  it("plans from empty by default, as text, with the CLI's own state directory", () => {
    expect(parseCliArgs(["plan", "t.json"])).toEqual({
      name: "plan",
      file: "t.json",
      format: "text",
      stateDir: ".data/cli",
    });
  });

  it("fills in the appliance defaults: nsroot, NS_PASSWORD, verified TLS", () => {
    const command = parseCliArgs(["apply", "t.json", "--appliance", "https://ns", "--yes"]);
    expect(command).toEqual({
      name: "apply",
      file: "t.json",
      appliance: {
        url: "https://ns",
        user: "nsroot",
        passwordEnv: "NS_PASSWORD",
        tls: { mode: "verify" },
      },
      yes: true,
      save: true,
      confirmReplace: false,
      stateDir: ".data/cli",
    });
  });

  it("reads every option", () => {
    const argv = ["plan", "t.json", "--appliance", "https://ns", "--user", "admin"];
    argv.push("--password-env", "MY_PW", "--partition", "p1", "--ca", "ca.pem");
    argv.push("--format", "json", "--state-dir", "/tmp/s");
    expect(parseCliArgs(argv)).toEqual({
      name: "plan",
      file: "t.json",
      format: "json",
      stateDir: "/tmp/s",
      appliance: {
        url: "https://ns",
        user: "admin",
        passwordEnv: "MY_PW",
        partition: "p1",
        tls: { mode: "ca", caFile: "ca.pem" },
      },
    });
    const apply = parseCliArgs(["apply", "t.json", "--appliance", "https://ns", "--no-save"]);
    expect(apply).toMatchObject({ save: false, yes: false });
  });

  it("shows help for --help, -h and help", () => {
    for (const argv of [["--help"], ["-h"], ["help"], ["plan", "--help"]]) {
      expect(parseCliArgs(argv)).toEqual({ name: "help" });
    }
  });

  it("explains each mistake", () => {
    fails([], "Missing command");
    fails(["deploy", "t.json"], 'Unknown command "deploy"');
    fails(["plan"], "plan needs a topology file");
    fails(["plan", "a.json", "b.json"], 'Unexpected argument "b.json"');
    fails(["apply", "t.json"], "apply needs --appliance");
    fails(["plan", "t.json", "--user", "admin"], "--user needs --appliance");
    fails(["plan", "t.json", "--yes"], "--yes is an apply option");
    fails(["apply", "t.json", "--appliance", "https://ns", "--format", "json"], "plan option");
    fails(["plan", "t.json", "--format", "xml"], "--format must be text, cli or json");
    fails(["plan", "t.json", "--bogus"], "Unknown option '--bogus'. See --help.");
    fails(["plan", "t.json", "--appliance", "https://ns", "--password-env", "A-B"], "name of");
    const both = ["plan", "t.json", "--appliance", "https://ns", "--insecure", "--ca", "c"];
    fails(both, "Use only one of --insecure, --ca");
  });

  it("has no password flag and never repeats its value", () => {
    for (const argv of [["plan", "t.json", "--password", "hunter22"], ["--password=hunter22"]]) {
      fails(argv, "There is no --password flag");
      try {
        parseCliArgs(argv);
      } catch (error) {
        expect((error as Error).message).not.toContain("hunter22");
      }
    }
  });
});
