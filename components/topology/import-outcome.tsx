import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { ImportSummary } from "@/lib/topology/import/types";
import { ImportProblemList } from "./import-problem-list";

/** An accepted file: what changed on the way in and what the wizard still needs. */
export function ImportOutcome({
  title,
  summary,
  children,
}: {
  title: string;
  summary: ImportSummary;
  /** A link to the imported topology, where it is not already shown. */
  children?: ReactNode;
}) {
  const { errors, warnings } = summary.toComplete;
  return (
    <div data-testid="import-success">
      <Alert tone="success" title={title}>
        <div className="space-y-2">
          {summary.migratedFrom !== undefined ? (
            <p data-testid="import-migrated">
              Migrated from schema version {summary.migratedFrom}: the file was written by an older
              version of this app and brought up to date.
            </p>
          ) : null}
          {summary.notices.length > 0 ? (
            <ul className="list-disc space-y-0.5 pl-5" data-testid="import-notices">
              {summary.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          ) : null}
          {errors.length > 0 ? (
            <div>
              <p className="font-medium">Still to complete in the wizard ({errors.length}):</p>
              <ImportProblemList problems={errors} testId="import-to-complete" />
            </div>
          ) : (
            <p>Nothing left to complete: the topology is ready for review.</p>
          )}
          {warnings.length > 0 ? (
            <div>
              <p className="font-medium">Warnings ({warnings.length}):</p>
              <ImportProblemList problems={warnings} testId="import-warnings" />
            </div>
          ) : null}
          {children}
        </div>
      </Alert>
    </div>
  );
}
