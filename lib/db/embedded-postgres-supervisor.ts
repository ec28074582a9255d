// The app must not run on without its database: when the embedded postmaster exits behind
// the app's back (killed, crashed, stopped by hand), it is started again on the same port, so
// the DATABASE_URL the app holds stays right; PostgreSQL's crash recovery does the rest. A few
// attempts with growing pauses, then the launcher gives up and exits non-zero, leaving the
// next attempt to a service manager.
import { setTimeout as sleep } from "node:timers/promises";
import type { EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { log } from "@/lib/log";

export const RESTART_DELAYS_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 16_000];

export interface SupervisorOptions {
  /** Starts the server again on the given port (startEmbeddedPostgres in the app). */
  restart(port: number): Promise<EmbeddedDatabase>;
  /** Called once every attempt has failed; the launcher exits non-zero. */
  onGiveUp(reason: string): void;
  delaysMs?: readonly number[];
}

export interface SupervisedDatabase {
  /** From now on an exit is expected (a terminal's Ctrl+C reaches PostgreSQL too). */
  stopping(): void;
  stop(): Promise<void>;
}

const lastLines = (output: string, count: number) =>
  output.trim().split("\n").slice(-count).join("\n");

export function superviseEmbeddedPostgres(
  first: EmbeddedDatabase,
  options: SupervisorOptions,
): SupervisedDatabase {
  const delays = options.delaysMs ?? RESTART_DELAYS_MS;
  let current = first;
  let stopped = false;
  let restarting: Promise<void> | undefined;
  const stopping = new AbortController();

  const recover = async (lastOutput: string): Promise<void> => {
    log.error(
      `Embedded PostgreSQL exited unexpectedly; the app is without its database until it is restarted. Its last output:\n${lastLines(lastOutput, 5)}`,
    );
    let reason = "";
    for (const [index, delay] of delays.entries()) {
      log.warn(
        `Embedded PostgreSQL: restarting it in ${delay} ms (attempt ${index + 1} of ${delays.length})`,
      );
      // A stop during the pause ends the wait at once.
      await sleep(delay, undefined, { signal: stopping.signal }).catch(() => undefined);
      if (stopped) return;
      try {
        const started = Date.now();
        current = await options.restart(current.port);
        if (stopped) {
          await current.stop();
          return;
        }
        current.onUnexpectedExit(watch);
        log.info(`Embedded PostgreSQL restarted (${Date.now() - started} ms)`);
        return;
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
        log.warn(`Embedded PostgreSQL did not restart: ${lastLines(reason, 5)}`);
      }
    }
    options.onGiveUp(
      `Embedded PostgreSQL could not be restarted after ${delays.length} attempts (last: ${lastLines(reason, 1)}); stopping the app.`,
    );
  };

  function watch(lastOutput: string): void {
    if (stopped) return;
    restarting = recover(lastOutput).finally(() => (restarting = undefined));
  }
  first.onUnexpectedExit(watch);

  const beginStop = () => {
    stopped = true;
    stopping.abort();
  };
  return {
    stopping: beginStop,
    stop: async () => {
      beginStop();
      await restarting;
      await current.stop();
    },
  };
}
