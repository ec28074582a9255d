// A plan for people: a summary line, then one line per object that would change.
import type { AttributeValue } from "@/lib/topology";
import type { AttributeChange, Plan, PlanAction, PlanItem } from "@/lib/topology/plan";

const symbols: Record<PlanAction, string> = {
  create: "+",
  update: "~",
  replace: "-/+",
  delete: "-",
  conflict: "!",
  unchanged: "=",
};

function value(v: AttributeValue | null): string {
  if (v === null) return "(not set)";
  if (typeof v === "string") return v === "" || /\s/.test(v) ? JSON.stringify(v) : v;
  return String(v);
}

const change = (c: AttributeChange) => `${c.name}: ${value(c.from)} → ${value(c.to)}`;

export function itemLine(item: PlanItem): string {
  const head = `${symbols[item.action]} ${item.action.padEnd(7)} ${item.label}`;
  const changes = item.changes.map(change).join(", ");
  switch (item.action) {
    case "update":
      return `${head}  ${changes}`;
    case "replace":
      return `${head}  ${changes}${item.reason ? ` (${item.reason})` : ""}`;
    case "conflict":
      return `${head}  ${item.reason ?? "exists on the appliance"}`;
    default:
      return head;
  }
}

export function summaryLine(plan: Plan): string {
  const s = plan.summary;
  if (s.changes === 0 && s.conflict === 0) return "No changes.";
  const parts = [
    `${s.create} to create`,
    `${s.update} to update`,
    `${s.replace} to replace`,
    `${s.delete} to delete`,
    `${s.unchanged} unchanged`,
  ];
  if (s.conflict > 0) parts.push(`${s.conflict} in conflict`);
  return parts.join(", ");
}

/**
 * `checked`: the plan was made against a real appliance. Without one, the references (a
 * certificate, a Gateway vserver) are listed as what the appliance must already have.
 */
export function planText(plan: Plan, checked: boolean): string[] {
  const lines = [summaryLine(plan)];
  for (const item of plan.items) if (item.action !== "unchanged") lines.push(itemLine(item));
  for (const release of plan.releases) {
    lines.push(`  release  ${release.label} (no longer wanted; adopted, so left in place)`);
  }
  if (plan.missingReferences.length > 0) {
    lines.push(
      checked
        ? "Missing on the appliance (create them first):"
        : "Required on the appliance (not checked without --appliance):",
    );
    for (const ref of plan.missingReferences) {
      lines.push(`  ${ref.resource} ${ref.name} (needed by ${ref.label})`);
    }
  }
  return lines;
}
