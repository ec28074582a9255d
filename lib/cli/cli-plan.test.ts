// `cli plan` without an appliance (no network, no database), the file checks and the
// command line's own errors, all through the real script in a child process.
import { afterAll, describe, expect, it } from "vitest";
import {
  exampleCopy,
  removeExampleCopies,
  runCli,
  SIM_PASSWORD,
  type JsonPlan,
} from "./testing/cli-process";

afterAll(removeExampleCopies);

const slow = { timeout: 60_000 };

describe("cli plan from empty", () => {
  it("prints a create for every object of the IGEL example and exits 0", slow, async () => {
    const run = await runCli(["plan", "examples/igel-ums.json"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("18 to create, 0 to update, 0 to replace, 0 to delete, 0 unchanged");
    expect(lines).toContain("+ create  Server igel_srv_ums1 (10.10.20.11)");
    expect(lines.slice(1).every((line) => line.startsWith("+ create  "))).toBe(true);
    // Warnings (unticked prerequisites) go to stderr and do not stop the plan.
    expect(run.stderr).toContain("warning: prerequisites.");
  });

  it("--format json prints exactly one object with an action per item", slow, async () => {
    const run = await runCli(["plan", "examples/xenmobile.json", "--format", "json"]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as JsonPlan;
    expect(Object.keys(plan).sort()).toEqual(["hash", "items", "missingReferences", "summary"]);
    expect(plan.items).toHaveLength(20);
    expect(plan.items.every((item) => item.action === "create")).toBe(true);
    expect(Object.keys(plan.items[0] ?? {}).sort()).toEqual(
      ["action", "changes", "id", "label", "resource"].sort(),
    );
    expect(plan.summary.create).toBe(20);
    // Without an appliance the certificate and the Gateway cannot be checked.
    expect(plan.missingReferences).toHaveLength(2);
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("--format cli prints the NetScaler commands, ending with the save", slow, async () => {
    const run = await runCli(["plan", "examples/igel-ums.json", "--format", "cli"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("add server igel_srv_ums1 10.10.20.11");
    expect(lines.at(-1)).toBe("save ns config");
  });
});

describe("cli plan refuses bad input with exit 2", () => {
  it("prints the path of every error in an invalid file", slow, async () => {
    const { file } = exampleCopy("igel-ums", (doc) => {
      const servers = doc.servers as Array<Record<string, unknown>>;
      if (servers[1]) servers[1].address = "10.10.20";
      (doc.network as Record<string, unknown>).vip = "not-an-address";
    });
    const run = await runCli(["plan", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^error: servers\.1\.address: /m);
    expect(run.stderr).toMatch(/^error: network\.vip: /m);
    expect(run.stderr).toContain("nothing planned");
  });

  it("rejects a missing file, a file that is not JSON, and a bad --format", slow, async () => {
    const missing = await runCli(["plan", "examples/none.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("examples/none.json: no such file");
    const notJson = await runCli(["plan", "README.md"]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain("README.md: The file is not valid JSON.");
    const usage = await runCli(["plan", "examples/igel-ums.json", "--format", "yaml"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--format must be text, cli or json");
  });

  it("has no password flag, and never echoes one", slow, async () => {
    const run = await runCli(["plan", "examples/igel-ums.json", `--password=${SIM_PASSWORD}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("NS_PASSWORD");
    expect(run.stdout + run.stderr).not.toContain(SIM_PASSWORD);
  });

  it("needs the password in the environment when stdin is not a terminal", slow, async () => {
    const run = await runCli(
      ["plan", "examples/igel-ums.json", "--appliance", "https://127.0.0.1:9", "--insecure"],
      { NS_PASSWORD: "" },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("set the environment variable NS_PASSWORD");
  });

  it("refuses http:// without --insecure, saying so", slow, async () => {
    const run = await runCli([
      "plan",
      "examples/igel-ums.json",
      "--appliance",
      "http://127.0.0.1:9",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("pass --insecure");
  });

  it("--help shows usage, examples and exit codes", slow, async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: npm run cli -- <command> <topology.json>");
    expect(run.stdout).toContain("Exit codes:");
    expect(run.stdout).toContain("Examples:");
  });
});
