// One loopback simulator per test file, reset before every test, every pooled NITRO session
// disposed at the end: the lifecycle lib/nitro's simulator tests share. With `client`, each
// test also gets a pooled client of its own, disposed after it.
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { SimulatorOptions } from "@/lib/simulator";
import { disposeAllNitroSessions, getNitroClient, type NitroClient } from "../index";
import { connFor, startSim, type RunningSimulator } from "./sim";

export interface NitroSimulator {
  /** Read inside tests and hooks, not at collection time. */
  readonly sim: RunningSimulator;
  /** The test's pooled client (only with `client: true`). */
  readonly client: NitroClient;
}

/** Registers the hooks: call at the top level of a test file. */
export function simulatorPerFile(
  options: SimulatorOptions & { client?: boolean } = {},
): NitroSimulator {
  const { client: withClient = false, ...simOptions } = options;
  let sim: RunningSimulator | undefined;
  let client: NitroClient | undefined;
  const running = (): RunningSimulator => {
    if (!sim) throw new Error("The test simulator is read before beforeAll started it");
    return sim;
  };
  beforeAll(async () => {
    sim = await startSim(simOptions);
  });
  afterAll(async () => {
    await disposeAllNitroSessions();
    await sim?.close();
  });
  beforeEach(() => {
    running().control.reset();
    if (withClient) client = getNitroClient(connFor(running()));
  });
  if (withClient) afterEach(() => client?.dispose());
  return {
    get sim() {
      return running();
    },
    get client() {
      if (!client) throw new Error("No per-test client: pass { client: true }");
      return client;
    },
  };
}
