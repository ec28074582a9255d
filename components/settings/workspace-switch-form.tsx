"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/** What the form shows and offers in one of the switch's two states. */
export interface SwitchState {
  description: string;
  /** The button that flips the switch to the other state. */
  flipLabel: string;
}

/**
 * Owner only: one workspace on/off setting, shown in its current state with a button that
 * submits the other state as `name` ("on" or "off"), then refreshes the page to show it.
 */
export function WorkspaceSwitchForm({
  title,
  ariaLabel,
  name,
  isOn,
  whenOn,
  whenOff,
  save,
}: {
  title: string;
  ariaLabel: string;
  name: string;
  isOn: boolean;
  whenOn: SwitchState;
  whenOff: SwitchState;
  save: (input: FormData) => Promise<ActionResult<{ changed: boolean }>>;
}) {
  const router = useRouter();
  const { onSubmit, pending, formError } = useActionForm(save, {
    onSuccess: () => router.refresh(),
  });
  const state = isOn ? whenOn : whenOff;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={ariaLabel}>
      <h2 className="text-base font-semibold">{title}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{state.description}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" name={name} value={isOn ? "off" : "on"} />
      <Button type="submit" variant="secondary" pending={pending}>
        {state.flipLabel}
      </Button>
    </form>
  );
}
