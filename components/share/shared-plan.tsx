import { PlanItemList } from "@/components/review/plan-item-list";
import { clockTime } from "@/components/status/state-words";
import { Alert } from "@/components/ui/alert";
import type { SharedPlan } from "@/lib/share/shared-plan";
import type { PlanSummary } from "@/lib/topology/plan";

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
      {changing.length > 0 ? <PlanItemList items={changing} /> : null}
      {unchanged.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-sm text-slate-600 dark:text-slate-400">
            {unchanged.length} unchanged
          </summary>
          <div className="mt-2">
            <PlanItemList items={unchanged} />
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
