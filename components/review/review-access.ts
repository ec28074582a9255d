// What Review (the page and the wizard's Review and Apply steps) offers a role: the plan needs
// topology:plan (it signs in to the appliance), Apply, Resume and Roll back need
// topology:apply. A role without the plan gets a note instead of a refused request.
import { can } from "@/lib/auth/permissions";
import { roleLabels, type Role } from "@/lib/auth/roles";

export interface ReviewAccess {
  canPlan: boolean;
  canApply: boolean;
  /** Shown where the plan would be when the role may not plan; null otherwise. */
  planNote: { title: string; body: string } | null;
}

export function reviewAccess(role: Role): ReviewAccess {
  const canPlan = can(role, "topology:plan");
  return {
    canPlan,
    canApply: can(role, "topology:apply"),
    planNote: canPlan
      ? null
      : {
          title: "The plan is not shown to your role",
          body: `Planning signs in to the appliance and compares it with this topology. Your role (${roleLabels[role]}) can see the design, its NetScaler CLI and past applies, but not plan or apply: ask an editor or an owner.`,
        },
  };
}
