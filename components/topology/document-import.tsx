"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { problemsFromFieldErrors } from "@/lib/topology/import/problem-fields";
import type { ImportSummary } from "@/lib/topology/import/types";
import { ImportOutcome } from "./import-outcome";
import { ImportRefusal } from "./import-refusal";
import { TopologyFileChooser } from "./topology-file-chooser";

/**
 * Replaces the document with a topology JSON file (pasted, or read from a chosen file). A file
 * with problems is refused whole and every problem is listed; an accepted one may still be
 * incomplete, and what the wizard still needs is listed too.
 */
export function DocumentImport({
  topologyId,
  version,
  save,
}: {
  topologyId: string;
  version: number;
  save: (input: FormData) => Promise<ActionResult<{ version: number } & ImportSummary>>;
}) {
  const router = useRouter();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [fileName, setFileName] = useState("");
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(save, {
    onSuccess: () => router.refresh(),
  });
  const problems = problemsFromFieldErrors(fieldErrors);
  const jsonError = problems.length > 0 || Boolean(fieldErrors.json);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <h3 className="text-sm font-semibold">Replace from a topology file</h3>
      <input type="hidden" name="id" value={topologyId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="fileName" value={fileName} />
      <div className="space-y-1">
        <label htmlFor="field-json" className="block text-sm font-medium">
          Topology JSON
        </label>
        <textarea
          id="field-json"
          ref={textRef}
          name="json"
          rows={8}
          aria-invalid={jsonError ? true : undefined}
          aria-describedby={jsonError ? "field-json-error" : undefined}
          className={`${inputClasses} font-mono text-xs`}
          placeholder='{ "schemaVersion": 1, "kind": "IGEL_UMS", … }'
        />
      </div>
      <TopologyFileChooser
        id="field-json-file"
        label="Choose a topology JSON file"
        onChoose={(file) => {
          setFileName(file?.name ?? "");
          if (file && textRef.current) textRef.current.value = file.text;
        }}
      />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Replaces this topology’s configuration; its name stays. The file must be of the same kind
        and hold no secrets.
      </p>
      <Button type="submit" variant="secondary" pending={pending}>
        Import
      </Button>
      {problems.length > 0 ? (
        <div id="field-json-error" data-testid="error-json">
          <ImportRefusal problems={problems} />
        </div>
      ) : fieldErrors.json ? (
        <p
          id="field-json-error"
          className="text-sm text-red-700 dark:text-red-400"
          data-testid="error-json"
        >
          {fieldErrors.json.join(" ")}
        </p>
      ) : formError ? (
        <Alert tone="error">{formError}</Alert>
      ) : null}
      {result?.ok ? <ImportOutcome title="Imported." summary={result.data} /> : null}
    </form>
  );
}
