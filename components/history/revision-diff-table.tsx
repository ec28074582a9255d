import { groupByStep, NONE_TEXT, type FieldChange } from "@/lib/topology/diff";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { ChangeBadge } from "./change-badge";
import { stepLabel } from "./step-label";

/** What changed between two versions, one row per field, under the wizard step that edits it. */
export function RevisionDiffTable({
  kind,
  changes,
  beforeTitle,
  afterTitle,
  caption,
  testId = "diff-table",
}: {
  kind: TopologyKind;
  changes: readonly FieldChange[];
  beforeTitle: string;
  afterTitle: string;
  caption: string;
  testId?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Field
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {beforeTitle}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {afterTitle}
            </th>
          </tr>
        </thead>
        {groupByStep(kind, changes).map((group) => (
          <tbody key={group.step ?? "topology"}>
            <tr className="border-t border-slate-200 bg-slate-50/60 dark:border-slate-800 dark:bg-slate-900/60">
              <th
                scope="colgroup"
                colSpan={3}
                className="px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400"
              >
                {group.step ? stepLabel(kind, group.step) : "Topology"}
              </th>
            </tr>
            {group.changes.map((change) => (
              <tr
                key={change.id}
                data-testid="diff-row"
                data-path={change.path}
                data-change={change.change}
                className="border-t border-slate-200 align-top dark:border-slate-800"
              >
                <th scope="row" className="px-3 py-1.5 font-normal">
                  <span className="mr-2">{change.label}</span>
                  <ChangeBadge change={change.change} />
                </th>
                <td className="px-3 py-1.5 break-all">
                  {change.before ?? <span className="text-slate-500">{NONE_TEXT}</span>}
                </td>
                <td className="px-3 py-1.5 break-all">
                  {change.after ?? <span className="text-slate-500">{NONE_TEXT}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
