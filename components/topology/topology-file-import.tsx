"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { MAX_IMPORT_LABEL } from "@/lib/topology/import/limits";
import { problemsFromFieldErrors } from "@/lib/topology/import/problem-fields";
import type { ImportSummary } from "@/lib/topology/import/types";
import { ImportOutcome } from "./import-outcome";
import { ImportRefusal } from "./import-refusal";
import { TopologyFileChooser, type ChosenFile } from "./topology-file-chooser";

/** Creates a new topology from a topology file; kind and name come from the file. */
export function TopologyFileImport({
  save,
}: {
  save: (input: FormData) => Promise<ActionResult<{ id: string; name: string } & ImportSummary>>;
}) {
  const router = useRouter();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(save, {
    onSuccess: () => router.refresh(),
  });
  const problems = problemsFromFieldErrors(fieldErrors);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-labelledby="import-file-title">
      <div>
        <h2 id="import-file-title" className="text-base font-semibold">
          Import a topology file
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Creates a topology from a JSON file exported by this app, for example one a colleague
          shared. Its kind and name come from the file, which may be at most {MAX_IMPORT_LABEL}.
          Files hold no secrets; a file with problems is not imported, and every problem is listed.
        </p>
      </div>
      <input type="hidden" name="json" value={file?.text ?? ""} />
      <input type="hidden" name="fileName" value={file?.name ?? ""} />
      <TopologyFileChooser
        id="field-topology-file"
        label="Topology file (JSON)"
        onChoose={setFile}
        errors={problems.length === 0 ? fieldErrors.json : undefined}
      />
      <Button type="submit" variant="secondary" pending={pending}>
        Import topology
      </Button>
      {problems.length > 0 ? (
        <ImportRefusal problems={problems} />
      ) : formError && !fieldErrors.json ? (
        <Alert tone="error">{formError}</Alert>
      ) : null}
      {result?.ok ? (
        <ImportOutcome title={`Imported as “${result.data.name}”.`} summary={result.data}>
          <Link
            href={`/topologies/${result.data.id}`}
            className={buttonClasses("secondary")}
            data-testid="import-open"
          >
            Open {result.data.name}
          </Link>
        </ImportOutcome>
      ) : null}
    </form>
  );
}
