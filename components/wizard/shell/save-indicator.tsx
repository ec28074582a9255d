"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useWizard } from "../wizard-context";

/**
 * "Saving…", "Saved" or "Not saved: …". The box has a fixed size whatever it says, so saving
 * never moves the page under the admin's cursor.
 */
export function SaveIndicator() {
  const { save, readOnly } = useWizard();
  const [retrying, setRetrying] = useState(false);
  const state = save.state;
  const text = readOnly
    ? "Read only: your role cannot change this topology"
    : state.kind === "saving"
      ? "Saving…"
      : state.kind === "saved"
        ? "Saved"
        : state.kind === "conflict"
          ? "Not saved: changed by someone else"
          : `Not saved: ${state.message}`;
  const tone = readOnly
    ? "text-slate-600 dark:text-slate-400"
    : state.kind === "failed" || state.kind === "conflict"
      ? "text-red-700 dark:text-red-400"
      : state.kind === "saving"
        ? "text-slate-600 dark:text-slate-400"
        : "text-emerald-800 dark:text-emerald-300";
  return (
    <div className="flex h-9 w-full items-center justify-end gap-2 sm:w-96">
      <p
        role="status"
        aria-live="polite"
        data-testid="save-indicator"
        data-state={state.kind}
        title={text}
        className={cn("min-w-0 truncate text-right text-sm", tone)}
      >
        {state.kind === "saved" && !readOnly ? <span aria-hidden="true">✓ </span> : null}
        {text}
      </p>
      {state.kind === "failed" ? (
        <Button
          variant="secondary"
          className="shrink-0 py-1"
          pending={retrying}
          onClick={async () => {
            setRetrying(true);
            await save.flush();
            setRetrying(false);
          }}
        >
          Retry
        </Button>
      ) : null}
    </div>
  );
}
