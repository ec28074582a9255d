// `cli apply` logs in to the appliance once and out once, although it plans for the admin and
// the engine plans again under the appliance lock: both run on one NITRO session. NetScaler
// limits concurrent sessions and counts logins, so a second one per command is a cost.
import { describe, expect, it } from "vitest";
import { exampleCopy } from "./testing/cli-process";
import { slowCliTest as slow, cliSimulatorPerFile } from "./testing/cli-simulator-per-file";

const lab = cliSimulatorPerFile();

/** NITRO requests of one `cli apply --yes` (the child has exited, so its logout is counted). */
async function applyRequests(file: string): Promise<Record<string, number>> {
  lab.sim.control.resetCounters();
  const run = await lab.apply(file);
  expect(run.code).toBe(0);
  return lab.sim.control.counters();
}

describe.each([
  // plan shown + plan under the lock + read-back: 3 reads per resource type (6 for IGEL, 10
  // for XenMobile), one bulk write each (6, 8), hanode once (shared by the apply's HA check and
  // the write guard), save, login, logout.
  ["igel-ums", 28],
  ["xenmobile", 42],
] as const)("cli apply of the %s example", (example, total) => {
  it("logs in once and out once, applying and when there is nothing to do", slow, async () => {
    const { file } = exampleCopy(example);

    const applied = await applyRequests(file);
    expect(applied).toMatchObject({ "POST config/login": 1, "POST config/logout": 1 });
    expect(applied.total).toBe(total);

    const again = await applyRequests(file);
    expect(again).toMatchObject({ "POST config/login": 1, "POST config/logout": 1 });
  });
});
