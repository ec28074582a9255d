import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { AttributeChange, PlanAction } from "@/lib/topology/plan";

const actionTone: Record<PlanAction, "neutral" | "info" | "success" | "warning" | "danger"> = {
  create: "success",
  update: "info",
  unchanged: "neutral",
  replace: "danger",
  delete: "warning",
  conflict: "danger",
};

/** What a plan item needs to be shown: the full PlanItem and the shared view's trimmed one fit. */
export interface PlanItemView {
  id: string;
  label: string;
  action: PlanAction;
  changes: AttributeChange[];
  reason?: string | null;
}

function show(value: string | number | boolean | null): string {
  return value === null ? "(not set)" : String(value);
}

/**
 * Plan items with their action and attribute changes, read-only. `extra` adds controls under
 * an item (the review's adopt checkbox); the shared view leaves it out.
 */
export function PlanItemList<T extends PlanItemView>({
  items,
  extra,
}: {
  items: readonly T[];
  extra?: (item: T) => ReactNode;
}) {
  return (
    <ul
      className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
      data-testid="plan-items"
    >
      {items.map((item) => (
        <li key={item.id} className="px-3 py-2 text-sm" data-action={item.action}>
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={actionTone[item.action]}>{item.action}</Badge>
            <span>{item.label}</span>
          </div>
          {item.reason ? (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{item.reason}</p>
          ) : null}
          {item.changes.length > 0 ? <ChangeTable changes={item.changes} /> : null}
          {extra?.(item)}
        </li>
      ))}
    </ul>
  );
}

function ChangeTable({ changes }: { changes: AttributeChange[] }) {
  return (
    // Long values scroll inside the item, not the page, on a phone.
    <div className="mt-1 overflow-x-auto">
      <table className="text-xs">
        <tbody>
          {changes.map((change) => (
            <tr key={change.name}>
              <th scope="row" className="pr-3 text-left font-mono font-normal">
                {change.name}
              </th>
              <td className="pr-2 text-slate-600 line-through dark:text-slate-400">
                {show(change.from)}
              </td>
              <td aria-hidden="true" className="pr-2">
                →
              </td>
              <td>
                {show(change.to)}
                {change.immutable ? " (cannot change in place)" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
