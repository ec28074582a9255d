// Applying while the simulator holds one write past the client's timeout: the client gives up
// (a maybe-applied write), and the test decides what the appliance did with it.
import { applyTopology, type ApplyRunView, type ApplyStepView } from "@/lib/apply";
import type { ApplianceConnection } from "@/lib/nitro";
import type { HeldRelease, RunningSimulator } from "@/lib/simulator";
import { SIM_PASSWORD } from "./harness";

/** The test simulator's connection with a short per-request timeout. */
export function shortTimeoutConnection(sim: RunningSimulator, timeoutMs: number) {
  return {
    baseUrl: sim.url,
    username: "nsroot",
    password: SIM_PASSWORD,
    tls: { mode: "insecure" },
    timeoutMs,
  } satisfies ApplianceConnection;
}

const timedOut = (step: ApplyStepView) => step.result === "FAILED" && step.errorKind === "timeout";

/**
 * Applies with the next write to `resource` held beyond a 1 s timeout. Once the engine has
 * recorded that write as timed out, the held request is released: "process" (it lands late,
 * after the client gave up, before the rollback) or "drop" (it never lands).
 */
export async function applyWithTimedOutWrite(
  sim: RunningSimulator,
  resource: string,
  late: HeldRelease,
  input: Parameters<typeof applyTopology>[0],
): Promise<ApplyRunView> {
  sim.control.setFaults({ holdNextWriteTo: resource });
  try {
    return await applyTopology({
      ...input,
      connection: shortTimeoutConnection(sim, 1_000),
      onStep: (step) => {
        if (!step.isUndo && timedOut(step)) sim.control.releaseHeld(late);
      },
    });
  } finally {
    sim.control.releaseHeld("drop");
    sim.control.clearFaults();
  }
}
