// What every part of a running apply shares.
import type { NitroClient } from "@/lib/nitro";
import { StepRecorder } from "./step-records";
import type { ApplyStepView } from "./types";

export interface RunContext {
  client: NitroClient;
  recorder: StepRecorder;
  runId: string;
  topologyId: string;
  applianceId: string;
  concurrency: number;
  /** True once the run must stop as a crashed process would (abandon seam, lost lock). */
  stopped: () => boolean;
}

/** A context whose steps are numbered from `firstSeq` (after a stopped run's own steps). */
export function runContext(
  fields: Omit<RunContext, "recorder">,
  firstSeq: number,
  onStep?: (step: ApplyStepView) => void,
): RunContext {
  return { ...fields, recorder: new StepRecorder(fields.runId, firstSeq, onStep) };
}

export const elapsed = (start: number): number => performance.now() - start;
