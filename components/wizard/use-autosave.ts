"use client";

// The autosave engine. Changes mark a step dirty; shortly after the last change the step's
// keys are saved against the version last saved here. Every versioned write (autosave or
// the appliance choice) runs through one queue, so two never race each other; a CONFLICT
// stops all saving until the admin reloads, so nobody's work is overwritten. A read-only
// wizard (readOnly) never sends anything: not a save, not an appliance choice.
import { useCallback, useEffect, useRef, useState } from "react";
import { saveWizardStepAction } from "@/app/(app)/topologies/[id]/wizard/save-step-action";
import type { ActionResult } from "@/lib/action-result";
import type { StepId } from "@/lib/topology/schema/steps";
import { rememberVersion } from "./version-memory";

export type SaveState =
  | { kind: "saved"; changed: boolean }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  | { kind: "conflict" };

type Versioned = ActionResult<{ version: number }>;
const unreachable: Versioned = {
  ok: false,
  code: "FAILED",
  error: "the server could not be reached; it retries with your next change.",
};

export function useAutosave(options: {
  topologyId: string;
  initialVersion: number;
  readOnly: boolean;
  readPatch: (step: StepId) => Record<string, unknown>;
  delayMs?: number;
}) {
  const { topologyId, initialVersion, readOnly, delayMs = 600 } = options;
  const [state, setState] = useState<SaveState>({ kind: "saved", changed: false });
  const version = useRef(initialVersion);
  const dirty = useRef(new Set<StepId>());
  const busy = useRef(0);
  const blocked = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** runVersioned calls waiting for pending typing to be saved before their own write. */
  const versionedWaiting = useRef(0);
  const readPatch = useRef(options.readPatch);
  useEffect(() => {
    readPatch.current = options.readPatch;
  });

  /** Runs one versioned write; false when it did not go through. */
  const write = useCallback(
    async (send: (expectedVersion: number) => Promise<Versioned>): Promise<boolean> => {
      // The one place a versioned write leaves the browser: a read-only wizard stops here.
      if (readOnly) return false;
      setState({ kind: "saving" });
      busy.current += 1;
      const result = await send(version.current).catch(() => unreachable);
      busy.current -= 1;
      if (result.ok) {
        version.current = result.data.version;
        rememberVersion(topologyId, result.data.version);
        return true;
      }
      if (result.code === "CONFLICT") {
        blocked.current = true;
        setState({ kind: "conflict" });
      } else setState({ kind: "failed", message: result.error });
      return false;
    },
    [readOnly, topologyId],
  );

  const saveDirty = useCallback(async () => {
    while (dirty.current.size > 0 && !blocked.current) {
      const [step] = dirty.current;
      if (!step) break;
      dirty.current.delete(step);
      const patch = readPatch.current(step);
      const ok = await write((expectedVersion) =>
        saveWizardStepAction({ topologyId, expectedVersion, step, patch }),
      );
      if (!ok) {
        dirty.current.add(step); // kept for the next attempt; nothing typed is dropped
        return;
      }
    }
    // Not while runVersioned waits for this flush: its own write is next, and "Saved" now would
    // announce a change that has not reached the server yet.
    if (versionedWaiting.current === 0 && !blocked.current && dirty.current.size === 0) {
      setState({ kind: "saved", changed: true });
    }
  }, [topologyId, write]);

  const enqueue = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task, task);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await enqueue(saveDirty);
    return !blocked.current && dirty.current.size === 0;
  }, [enqueue, saveDirty]);

  const markDirty = useCallback(
    (step: StepId) => {
      if (readOnly) return;
      dirty.current.add(step);
      if (blocked.current) return;
      setState({ kind: "saving" });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, readOnly],
  );

  /** A versioned write other than the autosave (e.g. choosing the appliance). */
  const runVersioned = useCallback(
    async (send: (expectedVersion: number) => Promise<Versioned>): Promise<boolean> => {
      // "Saving…" from the click on, not only once pending typing is flushed: until then the
      // indicator would still say "Saved" for a change that has not left the browser.
      if (!readOnly && !blocked.current) setState({ kind: "saving" });
      versionedWaiting.current += 1;
      const flushed = await flush().finally(() => (versionedWaiting.current -= 1));
      if (!flushed) return false;
      const ok = await enqueue(() => write(send));
      if (ok) setState({ kind: "saved", changed: true });
      return ok;
    },
    [enqueue, flush, readOnly, write],
  );

  useEffect(() => {
    // Closing the tab with changes on their way asks first; leaving inside the app saves.
    // After a conflict nothing can be saved, and Reload is what the admin is asked to do.
    const warn = (event: BeforeUnloadEvent) => {
      if (blocked.current) return;
      if (dirty.current.size > 0 || busy.current > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (timer.current) {
        clearTimeout(timer.current);
        void enqueue(saveDirty);
      }
    };
  }, [enqueue, saveDirty]);

  return { state, markDirty, flush, runVersioned };
}

export type Autosave = ReturnType<typeof useAutosave>;
