// Starts an apply and answers as soon as its run exists, so the browser can follow the run's
// steps while it goes on; the run records its own outcome in the database.
import { applyTopology, type ApplyInput } from "@/lib/apply";
import { log } from "@/lib/log";

export function startApply(input: Omit<ApplyInput, "onRunStarted">): Promise<string> {
  return new Promise((resolve, reject) => {
    let started = false;
    applyTopology({
      ...input,
      onRunStarted: (runId) => {
        started = true;
        resolve(runId);
      },
    }).then(
      (run) => {
        if (!started) resolve(run.id);
      },
      (error: unknown) => {
        // Before the run exists (busy appliance, gone topology) the caller hears it; after,
        // the run itself holds the failure.
        if (!started) reject(error);
        else
          log.warn(
            `apply run ended with: ${error instanceof Error ? error.message : String(error)}`,
          );
      },
    );
  });
}
