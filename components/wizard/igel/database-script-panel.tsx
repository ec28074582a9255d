"use client";

import { CodeBlock } from "@/components/review/code-block";
import { databaseScript } from "@/lib/topology/database-script";
import { stepSchemas } from "@/lib/topology/schema/steps";
import { useIgelDoc } from "./use-igel-doc";

/** The create script for the database as entered, regenerated as the admin types. */
export function DatabaseScriptPanel() {
  const { doc } = useIgelDoc();
  const parsed = stepSchemas.IGEL_UMS.database.safeParse(doc);
  if (!parsed.success) {
    return (
      <p
        className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
        data-testid="database-script-pending"
      >
        The create script appears here once every field above is valid.
      </p>
    );
  }
  const script = databaseScript(parsed.data.database, { serverCount: doc.servers?.length });
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
