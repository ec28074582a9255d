"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

/** Replace the document with a topology JSON file (pasted, or read from a chosen file). */
export function DocumentImport({
  topologyId,
  version,
  save,
}: {
  topologyId: string;
  version: number;
  save: (input: FormData) => Promise<ActionResult<{ version: number }>>;
}) {
  const router = useRouter();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(save, {
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={topologyId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="space-y-1">
        <label htmlFor="field-json" className="block text-sm font-medium">
          Topology JSON
        </label>
        <textarea
          id="field-json"
          ref={textRef}
          name="json"
          rows={8}
          aria-invalid={fieldErrors.json ? true : undefined}
          aria-describedby={fieldErrors.json ? "field-json-error" : undefined}
          className={`${inputClasses} font-mono text-xs`}
          placeholder='{ "schemaVersion": 1, "kind": "IGEL_UMS", … }'
        />
        {fieldErrors.json ? (
          <p
            id="field-json-error"
            className="text-sm text-red-700 dark:text-red-400"
            data-testid="error-json"
          >
            {fieldErrors.json.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <label className="text-sm">
          <span className="sr-only">Choose a topology JSON file</span>
          <input
            type="file"
            accept="application/json,.json"
            className="text-sm"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file && textRef.current) textRef.current.value = await file.text();
            }}
          />
        </label>
        <Button type="submit" variant="secondary" pending={pending}>
          Import
        </Button>
        {result?.ok ? (
          <span role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            Imported.
          </span>
        ) : null}
      </div>
      {formError && !fieldErrors.json ? <Alert tone="error">{formError}</Alert> : null}
    </form>
  );
}
