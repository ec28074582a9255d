"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/components/review/fetch-json";
import { cn } from "@/components/ui/cn";
import type { StepId } from "@/lib/topology/schema/steps";
import { compareValues } from "@/lib/wizard/compare";
import { editableKeys } from "@/lib/wizard/steps";
import { useWizard } from "../wizard-context";

/** This step's values as saved by the other person next to the ones typed here. */
export function CompareView({ step }: { step: StepId }) {
  const { topologyId, kind, doc } = useWizard();
  const theirs = useQuery({
    queryKey: ["wizard-theirs", topologyId],
    // The JSON export is exactly the stored document.
    queryFn: () =>
      fetchJson<Record<string, unknown>>(`/api/topologies/${topologyId}/export?format=json`),
    staleTime: 0,
  });
  if (theirs.error)
    return <p className="text-sm">Could not load their version: {theirs.error.message}</p>;
  if (!theirs.data) return <p className="text-sm">Loading their version…</p>;
  const rows = compareValues(editableKeys(kind, step), theirs.data, { ...doc });
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm" data-testid="compare-table">
        <caption className="sr-only">Saved values against yours for this step</caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Field
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Saved (theirs)
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Yours (not saved)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.path}
              className={cn(
                "border-t border-slate-200 dark:border-slate-800",
                row.differs && "bg-amber-50 dark:bg-amber-950/40",
              )}
            >
              <th scope="row" className="px-3 py-1.5 font-mono text-xs font-normal">
                {row.path}
                {row.differs ? <span className="sr-only"> (differs)</span> : null}
              </th>
              <td className="px-3 py-1.5 break-all">{row.theirs}</td>
              <td className="px-3 py-1.5 break-all">{row.yours}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
