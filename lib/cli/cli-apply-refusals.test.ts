// `cli apply` when it must not (or cannot) change the appliance: a failing write rolls back
// (exit 1), a wrong certificate or login is exit 3, no confirmation or a conflict is exit 2,
// and in every case the simulator holds what it held before.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSimulator } from "@/lib/simulator";
import {
  exampleCopy,
  removeExampleCopies,
  heldConfig,
  runCli,
  runCliChecked as cli,
  simFlags,
  startCliSimulator,
} from "./testing/cli-process";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startCliSimulator();
});
afterAll(async () => {
  await sim.close();
  removeExampleCopies();
});
beforeEach(() => {
  sim.control.reset();
});

const slow = { timeout: 120_000 };

describe("cli apply refusals and failures", () => {
  it("rolls back when a write fails: exit 1, the appliance as before", slow, async () => {
    const { file } = exampleCopy("xenmobile");
    const before = heldConfig(sim);
    sim.control.setFaults({ failNthWrite: 5 });
    const run = await cli(["apply", file, ...simFlags(sim), "--yes"]);
    sim.control.clearFaults();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^✗ create .* NITRO error \d+: /m);
    expect(run.stdout).toMatch(/^↺ undo /m);
    expect(run.stdout).toMatch(/^ROLLED_BACK after .*rolled back\.$/m);
    expect(heldConfig(sim)).toEqual(before);
  });

  it("exits 3 with the mismatch message when the fingerprint is wrong", slow, async () => {
    const { file } = exampleCopy("igel-ums");
    const wrong = "AA:".repeat(31) + "AA";
    const run = await cli(["apply", file, "--appliance", sim.url, "--fingerprint", wrong, "--yes"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("does not match the pinned fingerprint");
    expect(sim.control.snapshot().configChanged).toBe(false);
  });

  it("exits 3 when the appliance rejects the login", slow, async () => {
    const { file } = exampleCopy("igel-ums");
    const run = await runCli(["plan", file, ...simFlags(sim)], { NS_PASSWORD: "wrong-password" });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("rejected the user name or password");
  });

  it("will not apply unconfirmed when stdin is not a terminal", slow, async () => {
    const { file } = exampleCopy("igel-ums");
    const before = heldConfig(sim);
    const run = await cli(["apply", file, ...simFlags(sim)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("18 to create");
    expect(run.stderr).toContain("use --yes");
    expect(heldConfig(sim)).toEqual(before);
  });

  it("refuses conflicts with exit 2 before asking", slow, async () => {
    const { file } = exampleCopy("igel-ums");
    expect((await cli(["apply", file, ...simFlags(sim), "--yes"])).code).toBe(0);
    // Another topology (another prefix) wants the same DNS record: not its to take.
    const other = exampleCopy("igel-ums");
    const run = await cli(["apply", other.file, ...simFlags(sim), "--yes"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^! conflict DNS address record igel\.corp\.local/m);
    expect(run.stderr).toContain("Not applied.");
  });
});
