"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

interface Option {
  id: string;
  name: string;
}

export function AppliancePicker({
  topologyId,
  version,
  applianceId,
  appliances,
  save,
}: {
  topologyId: string;
  version: number;
  applianceId: string | null;
  appliances: Option[];
  save: (input: FormData) => Promise<ActionResult<{ version: number }>>;
}) {
  const router = useRouter();
  const { onSubmit, pending, fieldErrors, formError } = useActionForm(save, {
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="id" value={topologyId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="field-applianceId" className="block text-sm font-medium">
          NetScaler appliance
        </label>
        <select
          id="field-applianceId"
          name="applianceId"
          defaultValue={applianceId ?? ""}
          className={inputClasses}
        >
          <option value="">Not chosen yet</option>
          {appliances.map((appliance) => (
            <option key={appliance.id} value={appliance.id}>
              {appliance.name}
            </option>
          ))}
        </select>
        {fieldErrors.applianceId ? (
          <p className="text-sm text-red-700">{fieldErrors.applianceId.join(" ")}</p>
        ) : null}
      </div>
      <Button type="submit" variant="secondary" pending={pending}>
        Use this appliance
      </Button>
      {formError && !fieldErrors.applianceId ? (
        <Alert tone="error" className="w-full">
          {formError}
        </Alert>
      ) : null}
    </form>
  );
}
