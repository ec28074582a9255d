// What every part of a running apply shares.
import type { NitroClient } from "@/lib/nitro";
import type { StepRecorder } from "./record";

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

/** Runs tasks with at most `limit` in flight; a task that throws does not stop the others. */
export async function runLimited(
  tasks: ReadonlyArray<() => Promise<void>>,
  limit: number,
): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      if (!task) continue;
      try {
        await task();
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  if (errors.length > 0) throw errors[0];
}

export const elapsed = (start: number): number => performance.now() - start;
