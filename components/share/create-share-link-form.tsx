"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { DEFAULT_EXPIRY, expiryChoices } from "@/lib/share/expiry-choices";
import { NewShareLink } from "./new-share-link";

interface Created {
  id: string;
  token: string;
  expiresAt: string | null;
}

export function CreateShareLinkForm({
  topologyId,
  create,
}: {
  topologyId: string;
  create: (input: FormData) => Promise<ActionResult<Created>>;
}) {
  const router = useRouter();
  // The full link exists only here, in this tab's memory: it cannot be shown again.
  const [created, setCreated] = useState<{ url: string; expiresAt: string | null } | null>(null);
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(create, {
    onSuccess: (data, form) => {
      setCreated({
        url: `${window.location.origin}/share/${data.token}`,
        expiresAt: data.expiresAt,
      });
      form.reset();
      router.refresh();
    },
  });
  return (
    <div className="space-y-5">
      {created ? (
        <NewShareLink
          url={created.url}
          expiresAt={created.expiresAt}
          onDone={() => setCreated(null)}
        />
      ) : null}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="topologyId" value={topologyId} />
        <Field
          name="label"
          label="Label (optional)"
          hint="Who or what the link is for, e.g. “Service desk”. Only you and your colleagues see it."
          maxLength={80}
          autoComplete="off"
          errors={fieldErrors.label}
        />
        <SelectField
          name="expiresIn"
          label="Expires after"
          defaultValue={DEFAULT_EXPIRY}
          errors={fieldErrors.expiresIn}
          className="max-w-xs"
        >
          {expiryChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </SelectField>
        <div className="flex items-start gap-3">
          <input
            id="field-showAddresses"
            type="checkbox"
            name="showAddresses"
            value="true"
            aria-describedby="field-showAddresses-hint"
            className="mt-0.5 size-4 shrink-0 accent-sky-700"
          />
          <div className="space-y-1">
            <label htmlFor="field-showAddresses" className="block text-sm font-medium">
              Show IP addresses and the appliance address
            </label>
            <p id="field-showAddresses-hint" className="text-xs text-slate-600 dark:text-slate-400">
              Off: every address is replaced by a placeholder such as “address 1”.
            </p>
          </div>
        </div>
        <Button type="submit" pending={pending}>
          Create link
        </Button>
        {formError && !(result && !result.ok && result.fieldErrors) ? (
          <Alert tone="error">{formError}</Alert>
        ) : null}
      </form>
    </div>
  );
}
