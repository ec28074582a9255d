// The CLI end to end against one simulator per test file: over HTTPS with the CLI's password,
// reset before each test so no test sees another's objects, the example copies removed at the
// end. The commands run the real script and check the password never shows in their output.
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { RunningSimulator } from "@/lib/simulator";
import {
  removeExampleCopies,
  runCliChecked,
  simFlags,
  startCliSimulator,
  type CliRun,
} from "./cli-process";

/** Each run spawns the CLI, which plans (and applies) over the network: not a unit test's time. */
export const slowCliTest = { timeout: 120_000 };

export interface CliSimulator {
  /** The running simulator; read it inside tests and hooks, not at collection time. */
  readonly sim: RunningSimulator;
  /** The flags that reach the simulator (pinned to its self-signed certificate). */
  flags(): string[];
  /** `cli plan <file>` against the simulator. */
  plan(file: string, ...extra: string[]): Promise<CliRun>;
  /** `cli apply <file> --yes` against the simulator. */
  apply(file: string, ...extra: string[]): Promise<CliRun>;
}

/** Registers the file's hooks: call at the top level of a test file. */
export function cliSimulatorPerFile(): CliSimulator {
  let running: RunningSimulator | undefined;
  const sim = (): RunningSimulator => {
    if (!running) throw new Error("The CLI simulator is read before beforeAll started it");
    return running;
  };
  beforeAll(async () => {
    running = await startCliSimulator();
  });
  afterAll(async () => {
    await running?.close();
    removeExampleCopies();
  });
  beforeEach(() => {
    sim().control.reset();
  });
  return {
    get sim() {
      return sim();
    },
    flags: () => simFlags(sim()),
    plan: (file, ...extra) => runCliChecked(["plan", file, ...simFlags(sim()), ...extra]),
    apply: (file, ...extra) =>
      runCliChecked(["apply", file, ...simFlags(sim()), "--yes", ...extra]),
  };
}
