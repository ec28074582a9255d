"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

export function SecondFactorRequirementForm({
  required,
  save,
}: {
  required: boolean;
  save: (input: FormData) => Promise<ActionResult<{ changed: boolean }>>;
}) {
  const router = useRouter();
  const { onSubmit, pending, formError } = useActionForm(save, {
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Second factor rule">
      <h2 className="text-base font-semibold">Second factor for everyone</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {required
          ? "Required: members without a second factor must set one up before they can use this workspace."
          : "Optional: each member decides. When required, members without one must set it up before they can use this workspace."}
      </p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" name="required" value={required ? "off" : "on"} />
      <Button type="submit" variant="secondary" pending={pending}>
        {required ? "Make it optional" : "Require a second factor"}
      </Button>
    </form>
  );
}
