import { Badge } from "@/components/ui/badge";
import type { PlanAction, PlanItem } from "@/lib/topology/plan";

const actionTone: Record<PlanAction, "neutral" | "info" | "success" | "warning" | "danger"> = {
  create: "success",
  update: "info",
  unchanged: "neutral",
  replace: "danger",
  delete: "warning",
  conflict: "danger",
};

function show(value: string | number | boolean | null): string {
  return value === null ? "(not set)" : String(value);
}

/**
 * Every object of the plan with what happens to it; conflicts the admin may adopt get a
 * checkbox (handled by the caller through onToggleAdopt).
 */
export function PlanItems(props: {
  items: PlanItem[];
  adopt: ReadonlySet<string>;
  onToggleAdopt: (id: string) => void;
  disabled: boolean;
}) {
  const changing = props.items.filter((item) => item.action !== "unchanged");
  const unchanged = props.items.filter((item) => item.action === "unchanged");
  return (
    <div className="space-y-2">
      {changing.length > 0 ? <ItemList {...props} items={changing} /> : null}
      {unchanged.length > 0 ? (
        // Unchanged objects matter less than changes: listed, but folded away by default.
        <details open={changing.length === 0 && unchanged.length <= 12}>
          <summary className="cursor-pointer text-sm text-slate-600 dark:text-slate-400">
            {unchanged.length} unchanged
          </summary>
          <div className="mt-2">
            <ItemList {...props} items={unchanged} />
          </div>
        </details>
      ) : null}
    </div>
  );
}

function ItemList({
  items,
  adopt,
  onToggleAdopt,
  disabled,
}: {
  items: PlanItem[];
  adopt: ReadonlySet<string>;
  onToggleAdopt: (id: string) => void;
  disabled: boolean;
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
          {item.changes.length > 0 ? (
            <table className="mt-1 text-xs">
              <tbody>
                {item.changes.map((change) => (
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
          ) : null}
          {item.action === "conflict" && item.adoptable ? (
            <label className="mt-1 flex items-center gap-2 text-xs">
              <input
                type="checkbox"
                checked={adopt.has(item.id)}
                disabled={disabled}
                onChange={() => onToggleAdopt(item.id)}
              />
              Adopt the existing object: this topology will manage (and may change) it from now on.
            </label>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
