// One simulator per test file with a logged-in thin client, reset to its seed before every
// test: the lifecycle the simulator's own test files share.
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { RunningSimulator } from "../index";
import { startWithClient, type TestNitro } from "./nitro-client";

export interface SimulatorWithClient {
  /** Read inside tests and hooks, not at collection time. */
  readonly sim: RunningSimulator;
  readonly nitro: TestNitro;
}

/** Registers the hooks: call at the top level of a test file. */
export function simulatorWithClientPerFile(): SimulatorWithClient {
  let started: SimulatorWithClient | undefined;
  const current = (): SimulatorWithClient => {
    if (!started) throw new Error("The test simulator is read before beforeAll started it");
    return started;
  };
  beforeAll(async () => {
    started = await startWithClient();
  });
  afterAll(() => started?.sim.close());
  beforeEach(() => current().sim.control.reset());
  return {
    get sim() {
      return current().sim;
    },
    get nitro() {
      return current().nitro;
    },
  };
}
