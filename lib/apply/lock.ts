// One apply per appliance at a time. The lock is the RUNNING run row itself (partial unique
// index); a heartbeat keeps it alive, and a run whose heartbeat is stale is taken to be dead
// (INTERRUPTED), so a crashed process never blocks the appliance for good.
import {
  ApplianceBusyError,
  beatHeart,
  createRunningRun,
  type NewApplyRun,
} from "@/lib/apply/store/runs";
import { ApplyRefusedError } from "./errors";

export const DEFAULT_HEARTBEAT_MS = 5_000;
export const DEFAULT_STALE_AFTER_MS = 60_000;

export const staleBefore = (staleAfterMs = DEFAULT_STALE_AFTER_MS): Date =>
  new Date(Date.now() - staleAfterMs);

export const busyError = () =>
  new ApplyRefusedError(
    "busy",
    "Another apply to this appliance is running. Wait for it to finish, then plan again.",
  );

export async function acquireLock(run: NewApplyRun, staleAfterMs?: number): Promise<string> {
  try {
    return await createRunningRun(run, staleBefore(staleAfterMs));
  } catch (error) {
    if (error instanceof ApplianceBusyError) throw busyError();
    throw error;
  }
}

export interface Heartbeat {
  /** The run stopped being RUNNING under us (declared interrupted): stop writing. */
  readonly lost: boolean;
  stop(): void;
}

export function startHeartbeat(runId: string, periodMs = DEFAULT_HEARTBEAT_MS): Heartbeat {
  const state = { lost: false };
  const timer = setInterval(() => {
    beatHeart(runId)
      .then((alive) => {
        if (!alive) state.lost = true;
      })
      // A failed beat is retried at the next tick; only a stale heartbeat ends the lock.
      .catch(() => undefined);
  }, periodMs);
  timer.unref();
  return {
    get lost() {
      return state.lost;
    },
    stop: () => clearInterval(timer),
  };
}
