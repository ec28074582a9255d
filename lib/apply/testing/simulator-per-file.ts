// One simulator per test file, reset to its seed before every test: the lifecycle every
// apply and plan test file shares.
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { RunningSimulator } from "@/lib/simulator";
import { startTestSimulator } from "./harness";

/** Registers the hooks; call the returned function inside a test to get the simulator. */
export function simulatorPerFile(): () => RunningSimulator {
  let sim: RunningSimulator | undefined;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(async () => {
    await sim?.close();
  });
  beforeEach(() => {
    sim?.control.reset();
  });
  return () => {
    if (!sim) throw new Error("The test simulator is not running (used outside a test?).");
    return sim;
  };
}
