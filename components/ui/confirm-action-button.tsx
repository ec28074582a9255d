"use client";

import { useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/**
 * Where the button sits: in a table row the question and a failure stay compact and
 * right-aligned; in a page block a failure gets a full alert box.
 */
type Placement = "row" | "block";

const groupClasses: Record<Placement, string> = {
  row: "flex flex-col items-end gap-2",
  block: "space-y-3",
};

/**
 * A destructive action that asks first: the trigger shows the question with a confirm and a
 * cancel button, and only the confirm runs the action. A failure is shown in place, so the
 * user can try again or cancel.
 */
export function ConfirmActionButton<T>({
  trigger,
  triggerVariant = "danger",
  question,
  confirmLabel,
  groupLabel,
  placement = "block",
  action,
  onDone,
}: {
  /** The trigger's content; add an sr-only part when the visible text alone is ambiguous. */
  trigger: ReactNode;
  triggerVariant?: ButtonVariant;
  question: ReactNode;
  confirmLabel: string;
  /** Accessible name of the question with its buttons. */
  groupLabel: string;
  placement?: Placement;
  action: () => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button variant={triggerVariant} onClick={() => setConfirming(true)}>
        {trigger}
      </Button>
    );
  }
  const confirm = () =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) onDone(result.data);
      else setError(result.error);
    });
  return (
    <div className={groupClasses[placement]} role="group" aria-label={groupLabel}>
      <p className="text-sm">{question}</p>
      {error ? <ActionFailure placement={placement} message={error} /> : null}
      <div className="flex gap-2">
        <Button variant="danger" pending={pending} onClick={confirm}>
          {confirmLabel}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setConfirming(false);
            setError(null);
          }}
        >
          Cancel
        </Button>
      </div>
    </div>
  );
}

function ActionFailure({ placement, message }: { placement: Placement; message: string }) {
  if (placement === "block") return <Alert tone="error">{message}</Alert>;
  return (
    <p role="alert" className="max-w-xs text-sm text-red-700 dark:text-red-300">
      {message}
    </p>
  );
}
