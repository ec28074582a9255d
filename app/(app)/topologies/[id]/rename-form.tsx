"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { renameTopologyAction } from "../actions";

export function RenameForm({ id, name, version }: { id: string; name: string; version: number }) {
  const router = useRouter();
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(
    renameTopologyAction,
    {
      onSuccess: () => router.refresh(),
    },
  );
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Field
        name="name"
        label="Name"
        defaultValue={name}
        required
        errors={fieldErrors.name}
        className="min-w-64 flex-1"
      />
      <Button type="submit" variant="secondary" pending={pending}>
        Rename
      </Button>
      {result?.ok ? (
        <p role="status" className="w-full text-sm text-emerald-700 dark:text-emerald-400">
          Saved.
        </p>
      ) : null}
      {formError && !(result && !result.ok && result.fieldErrors) ? (
        <Alert tone="error" className="w-full">
          {formError}
        </Alert>
      ) : null}
    </form>
  );
}
