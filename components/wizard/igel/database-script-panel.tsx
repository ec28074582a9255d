"use client";

import { CodeBlock } from "@/components/review/code-block";
import { useWizard } from "../wizard-context";

/**
 * The create script for the database as entered, regenerated as the admin types (by the
 * server, with the draft's checks: the generator and the schema it needs stay off the page).
 */
export function DatabaseScriptPanel() {
  const script = useWizard().databaseScript;
  if (!script) {
    return (
      <p
        className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
        data-testid="database-script-pending"
      >
        The create script appears here once every field above is valid.
      </p>
    );
  }
  return (
    <div className="space-y-3" data-testid="database-script">
      <CodeBlock title="Create script" text={script.text} fileName={script.fileName} />
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
        {script.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ol>
    </div>
  );
}
