// The CLI and the web app pointed at the same database share the apply lock of a NetScaler:
// the CLI's own appliance row (workspace "Command line") and a workspace's row for the same
// box have the same device key, so a CLI apply while the app's runs is refused as busy.
import { describe, expect, it } from "vitest";
import { createTarget } from "@/lib/apply/testing/harness";
import { getDb } from "@/lib/db/client";
import { exampleCopy, heldConfig } from "./testing/cli-process";
import { slowCliTest as slow, cliSimulatorPerFile } from "./testing/cli-simulator-per-file";

const lab = cliSimulatorPerFile();

describe("cli apply and the app's apply lock", () => {
  it("refuses to apply while the app applies to the same NetScaler", slow, async () => {
    const app = await createTarget(lab.sim, "From the app");
    // A live run of the app (fresh heartbeat): the device's lock is taken.
    const running = await getDb().applyRun.create({
      data: {
        workspaceId: app.workspaceId,
        topologyId: app.topologyId,
        applianceId: app.applianceId,
        options: {},
        status: "RUNNING",
      },
    });
    const { file } = exampleCopy("igel-ums");
    const before = heldConfig(lab.sim);
    const run = await lab.apply(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Another apply to this appliance is running");
    expect(heldConfig(lab.sim)).toEqual(before);

    await getDb().applyRun.update({ where: { id: running.id }, data: { status: "SUCCEEDED" } });
    expect((await lab.apply(file)).code).toBe(0);
  });
});
