"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/components/review/fetch-json";
import { cn } from "@/components/ui/cn";
import { compareDocuments, NONE_TEXT } from "@/lib/topology/diff";
import type { StepId } from "@/lib/topology/schema/steps";
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
  // The history's field-level diff, unchanged fields included, differing ones first.
  const compared = compareDocuments(
    kind,
    theirs.data,
    { ...doc },
    { keys: editableKeys(kind, step) },
  );
  const rows = [
    ...compared.filter((row) => row.change !== "unchanged"),
    ...compared.filter((row) => row.change === "unchanged"),
  ];
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
              key={row.id}
              className={cn(
                "border-t border-slate-200 dark:border-slate-800",
                row.change !== "unchanged" && "bg-amber-50 dark:bg-amber-950/40",
              )}
            >
              <th scope="row" className="px-3 py-1.5 font-normal">
                {row.label}
                {/* The dotted path is the one validation messages and inputs use. */}
                <span className="block font-mono text-xs text-slate-500">{row.path}</span>
                {row.change !== "unchanged" ? <span className="sr-only"> (differs)</span> : null}
              </th>
              <td className="px-3 py-1.5 break-all">{row.before ?? NONE_TEXT}</td>
              <td className="px-3 py-1.5 break-all">{row.after ?? NONE_TEXT}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
