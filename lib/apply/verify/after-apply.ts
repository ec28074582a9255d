// The hook between an apply and its verification: the run is marked "pending" as soon as it
// exists (so the apply page keeps following it past SUCCEEDED), then verified once it has
// succeeded, or the mark is cleared when it did not. Wraps a run starter of
// lib/review/start-apply.ts; the apply engine itself is untouched.
import type { ApplyRunView } from "@/lib/apply";
import { storeVerification } from "@/lib/apply/store/verification";
import { log } from "@/lib/log";
import type { ApplianceConnection } from "@/lib/nitro";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { applyVerifySeconds, VERIFY_EVERY_MS } from "./config";
import { verifyApplyRun } from "./verify-run";

type Starter = (onRunStarted: (runId: string) => void) => Promise<ApplyRunView>;

/** The topology and appliance are the run's own (a resume names only the run). */
export interface VerifyTarget {
  workspaceId: string;
  desired: DesiredConfig;
  connection?: ApplianceConnection;
}

export interface VerifyOptions {
  /** Default APPLY_VERIFY_SECONDS; 0 turns verification off. */
  limitSeconds?: number;
  everyMs?: number;
  /** Test seam: called with the stored verification once it is final. */
  onVerified?: (runId: string) => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function verifyAfter(
  begin: Starter,
  target: VerifyTarget,
  options: VerifyOptions = {},
): Starter {
  const limitSeconds = options.limitSeconds ?? applyVerifySeconds();
  if (limitSeconds <= 0) return begin;
  return async (onRunStarted) => {
    let marked: Promise<void> = Promise.resolve();
    let startedId: string | undefined;
    const run = await begin((runId) => {
      startedId = runId;
      marked = storeVerification(runId, {
        outcome: "pending",
        limitSeconds,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        checks: 0,
        vservers: [],
        error: null,
      }).catch((error: unknown) => log.warn(`apply verification: ${messageOf(error)}`));
      onRunStarted(runId);
    }).catch(async (error: unknown) => {
      // Refused after the run existed (stale plan, conflicts): there is nothing to verify.
      await marked;
      if (startedId) await storeVerification(startedId, null).catch(() => undefined);
      throw error;
    });
    await marked;
    try {
      if (run.status === "SUCCEEDED")
        await verifyApplyRun({
          workspaceId: target.workspaceId,
          desired: target.desired,
          connection: target.connection,
          topologyId: run.topologyId,
          applianceId: run.applianceId,
          runId: run.id,
          limitSeconds,
          everyMs: options.everyMs ?? VERIFY_EVERY_MS,
        });
      else await storeVerification(run.id, null);
    } catch (error) {
      // The database went away mid-check: the run's own outcome stands; the view reports an
      // unfinished check as interrupted once its time is long past.
      log.warn(`apply verification of run ${run.id}: ${messageOf(error)}`);
    }
    options.onVerified?.(run.id);
    return run;
  };
}
