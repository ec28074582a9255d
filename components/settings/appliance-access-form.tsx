"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/** Owner only: whether editors may add, change, test and remove appliances. */
export function ApplianceAccessForm({
  editorsAllowed,
  save,
}: {
  editorsAllowed: boolean;
  save: (input: FormData) => Promise<ActionResult<{ changed: boolean }>>;
}) {
  const router = useRouter();
  const { onSubmit, pending, formError } = useActionForm(save, {
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Appliance credentials">
      <h2 className="text-base font-semibold">Appliance credentials</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {editorsAllowed
          ? "Owners and editors may add, change, test and remove appliances, which hold NetScaler administrator passwords."
          : "Only owners may add, change, test and remove appliances, which hold NetScaler administrator passwords. Editors still plan and apply with the appliances owners set up."}
      </p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" name="editors" value={editorsAllowed ? "off" : "on"} />
      <Button type="submit" variant="secondary" pending={pending}>
        {editorsAllowed ? "Reserve to owners" : "Let editors manage appliances"}
      </Button>
    </form>
  );
}
