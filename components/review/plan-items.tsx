import type { PlanItem } from "@/lib/topology/plan";
import { PlanItemList } from "./plan-item-list";

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
    <PlanItemList
      items={items}
      extra={(item) =>
        item.action === "conflict" && item.adoptable ? (
          <label className="mt-1 flex items-center gap-2 text-xs">
            <input
              type="checkbox"
              checked={adopt.has(item.id)}
              disabled={disabled}
              onChange={() => onToggleAdopt(item.id)}
            />
            Adopt the existing object: this topology will manage (and may change) it from now on.
          </label>
        ) : null
      }
    />
  );
}
