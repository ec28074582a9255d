import { clockTime } from "@/components/status/state-words";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { SharedPlan, SharedPlanItem } from "@/lib/share/shared-plan";
import type { PlanAction, PlanSummary } from "@/lib/topology/plan";

const actionTone: Record<PlanAction, "neutral" | "info" | "success" | "warning" | "danger"> = {
  create: "success",
  update: "info",
  unchanged: "neutral",
  replace: "danger",
  delete: "warning",
  conflict: "danger",
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function summaryText(s: PlanSummary): string {
  if (s.changes === 0 && s.conflict === 0) {
    return "Nothing to change: the appliance already matches this design.";
  }
  const parts = [
    s.create ? `${s.create} to create` : "",
    s.update ? `${s.update} to update` : "",
    s.replace ? `${s.replace} to replace` : "",
    s.delete ? `${s.delete} to delete` : "",
  ].filter(Boolean);
  const changes = s.changes
    ? `Applying now would change ${plural(s.changes, "object")}: ${parts.join(", ")}.`
    : "";
  const conflicts = s.conflict
    ? ` ${plural(s.conflict, "object")} already on the appliance must be sorted out first.`
    : "";
  return `${changes}${conflicts}`.trim();
}

function show(value: string | number | boolean | null): string {
  return value === null ? "(not set)" : String(value);
}

function Items({ items }: { items: SharedPlanItem[] }) {
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
        </li>
      ))}
    </ul>
  );
}

/** What applying the design would change on the appliance now; read-only. */
export function SharedPlanView({ plan }: { plan: SharedPlan | { state: "pending" } }) {
  if (plan.state === "pending") {
    return (
      <Alert tone="info" title="The appliance is slow to answer">
        The plan is still being worked out. Reload the page in a minute to see it.
      </Alert>
    );
  }
  if (plan.state === "appliance-failed") {
    const unreachable = ["unreachable", "timeout", "dns"].includes(plan.failure.kind);
    return (
      <Alert
        tone="warning"
        title={unreachable ? "The appliance cannot be reached" : "The appliance could not be read"}
      >
        {plan.failure.message} Checked at {clockTime(plan.plannedAt)}.
      </Alert>
    );
  }
  if (plan.state === "unavailable") {
    return (
      <Alert tone="warning" title="No plan right now">
        {plan.message}
      </Alert>
    );
  }
  const changing = plan.items.filter((item) => item.action !== "unchanged");
  const unchanged = plan.items.filter((item) => item.action === "unchanged");
  return (
    <div className="space-y-3">
      <p className="text-sm" data-testid="plan-summary">
        {summaryText(plan.summary)}
      </p>
      {plan.missingReferences.length > 0 ? (
        <Alert tone="warning" title="Missing on the appliance">
          <ul className="list-disc pl-5">
            {plan.missingReferences.map((m) => (
              <li key={`${m.resource}/${m.name}/${m.label}`}>
                {m.resource} {m.name}, needed by {m.label}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {changing.length > 0 ? <Items items={changing} /> : null}
      {unchanged.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-sm text-slate-600 dark:text-slate-400">
            {unchanged.length} unchanged
          </summary>
          <div className="mt-2">
            <Items items={unchanged} />
          </div>
        </details>
      ) : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Worked out at {clockTime(plan.plannedAt)} from the live appliance; refreshed at most once a
        minute.
      </p>
    </div>
  );
}
