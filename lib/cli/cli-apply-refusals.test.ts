// `cli apply` when it must not (or cannot) change the appliance: a failing write rolls back
// (exit 1), a wrong certificate or login is exit 3, no confirmation or a conflict is exit 2,
// and in every case the simulator holds what it held before.
import { describe, expect, it } from "vitest";
import { exampleCopy, heldConfig, runCli, runCliChecked as cli } from "./testing/cli-process";
import { slowCliTest as slow, cliSimulatorPerFile } from "./testing/cli-simulator-per-file";

const lab = cliSimulatorPerFile();

describe("cli apply refusals and failures", () => {
  it("rolls back when a write fails: exit 1, the appliance as before", slow, async () => {
    const { file } = exampleCopy("xenmobile");
    const before = heldConfig(lab.sim);
    lab.sim.control.setFaults({ failNthWrite: 5 });
    const run = await lab.apply(file);
    lab.sim.control.clearFaults();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^✗ create .* NITRO error \d+: /m);
    expect(run.stdout).toMatch(/^↺ undo /m);
    expect(run.stdout).toMatch(/^ROLLED_BACK after .*rolled back\.$/m);
    expect(heldConfig(lab.sim)).toEqual(before);
  });

  it("exits 3 with the mismatch message when the fingerprint is wrong", slow, async () => {
    const { file } = exampleCopy("igel-ums");
    const wrong = "AA:".repeat(31) + "AA";
    const run = await cli([
      "apply",
      file,
      "--appliance",
      lab.sim.url,
      "--fingerprint",
      wrong,
      "--yes",
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("does not match the pinned fingerprint");
    expect(lab.sim.control.snapshot().configChanged).toBe(false);
  });

  it("exits 3 when the appliance rejects the login", slow, async () => {
    const { file } = exampleCopy("igel-ums");
    const run = await runCli(["plan", file, ...lab.flags()], { NS_PASSWORD: "wrong-password" });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("rejected the user name or password");
  });

  it("will not apply unconfirmed when stdin is not a terminal", slow, async () => {
    const { file } = exampleCopy("igel-ums");
    const before = heldConfig(lab.sim);
    const run = await cli(["apply", file, ...lab.flags()]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("18 to create");
    expect(run.stderr).toContain("use --yes");
    expect(heldConfig(lab.sim)).toEqual(before);
  });

  it("refuses conflicts with exit 2 before asking", slow, async () => {
    const { file } = exampleCopy("igel-ums");
    expect((await lab.apply(file)).code).toBe(0);
    // Another topology (another prefix) wants the same DNS record: not its to take.
    const other = exampleCopy("igel-ums");
    const run = await lab.apply(other.file);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^! conflict DNS address record igel\.corp\.local/m);
    expect(run.stderr).toContain("Not applied.");
  });
});
