// Applying while the simulator misbehaves. The faults are cleared again even when the apply
// throws, so the next test (or property run) starts from a healthy appliance.
import { expect } from "vitest";
import { applyTopology, type ApplyRunView } from "@/lib/apply";
import type { RunningSimulator } from "@/lib/simulator";

type Faults = Parameters<RunningSimulator["control"]["setFaults"]>[0];

export async function applyWithFaults(
  sim: RunningSimulator,
  faults: Faults,
  input: Parameters<typeof applyTopology>[0],
): Promise<ApplyRunView> {
  sim.control.setFaults(faults);
  try {
    return await applyTopology(input);
  } finally {
    sim.control.clearFaults();
  }
}

/** The run failed every try (the first and two retries) of one resource's write, then undid. */
export function expectRolledBackOn(run: ApplyRunView, resource: string): void {
  expect(run.status).toBe("ROLLED_BACK");
  expect(run.steps.filter((s) => s.result === "FAILED").map((s) => s.resource)).toEqual([
    resource,
    resource,
    resource,
  ]);
}
