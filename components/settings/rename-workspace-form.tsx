"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

export interface RenameWorkspaceResult {
  changed: boolean;
}

export function RenameWorkspaceForm({
  name,
  rename,
}: {
  name: string;
  rename: (input: FormData) => Promise<ActionResult<RenameWorkspaceResult>>;
}) {
  const router = useRouter();
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(rename, {
    // The header and the workspace switcher show the name too.
    onSuccess: () => router.refresh(),
  });
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-wrap items-start gap-3"
      noValidate
      aria-label="Rename the workspace"
    >
      <Field
        name="workspaceName"
        label="Workspace name"
        defaultValue={name}
        required
        hint="Everyone in the workspace sees the new name."
        errors={fieldErrors.workspaceName}
        className="min-w-64 flex-1"
      />
      {/* Lined up with the input, below the label, whatever the hint or errors add under it. */}
      <Button type="submit" variant="secondary" pending={pending} className="sm:mt-6">
        Rename workspace
      </Button>
      {result?.ok ? (
        <p role="status" className="w-full text-sm text-emerald-700 dark:text-emerald-400">
          {result.data.changed ? "Workspace renamed." : "The workspace already has this name."}
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
