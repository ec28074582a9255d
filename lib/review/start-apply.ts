// Starts an apply, a resume or a rollback and answers as soon as its run exists (the lock is
// held), so the server action returns at once and the browser follows the run's steps while
// the work goes on in this server process; the run records its own outcome in the database.
import "server-only";
import {
  applyTopology,
  resumeApplyRun,
  rollbackApplyRun,
  type ApplyInput,
  type ApplyRunView,
  type ResumeInput,
  type RunActionInput,
} from "@/lib/apply";
import { verifyAfter } from "@/lib/apply/verify/after-apply";
import { log } from "@/lib/log";

type Starter = (onRunStarted: (runId: string) => void) => Promise<ApplyRunView>;

/** Resolves with the run id once the run exists; rejects only if it never started. */
export function startRun(begin: Starter): Promise<string> {
  return new Promise((resolve, reject) => {
    let started = false;
    begin((runId) => {
      started = true;
      resolve(runId);
    }).then(
      (run) => {
        if (!started) resolve(run.id);
      },
      (error: unknown) => {
        // Before the run exists (busy appliance, gone topology) the caller hears it; after,
        // the run itself holds the failure, so nothing is left unhandled.
        if (!started) reject(error);
        else log.warn(`apply run ended with: ${messageOf(error)}`);
      },
    );
  });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const startApply = (input: Omit<ApplyInput, "onRunStarted">): Promise<string> =>
  startRun(verifyAfter((onRunStarted) => applyTopology({ ...input, onRunStarted }), input));

export const startResume = (input: Omit<ResumeInput, "onRunStarted">): Promise<string> =>
  startRun(verifyAfter((onRunStarted) => resumeApplyRun({ ...input, onRunStarted }), input));

export const startRollback = (input: Omit<RunActionInput, "onRunStarted">): Promise<string> =>
  startRun((onRunStarted) => rollbackApplyRun({ ...input, onRunStarted }));
