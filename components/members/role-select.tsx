import type { SelectHTMLAttributes } from "react";
import { inputClasses } from "@/components/ui/field";
import { roleLabels, type Role } from "@/lib/auth/roles";

/** The options of a role select, labelled the way the rest of the app names roles. */
export function RoleOptions({ choices }: { choices: readonly Role[] }) {
  return choices.map((role) => (
    <option key={role} value={role}>
      {roleLabels[role]}
    </option>
  ));
}

/** A bare select of roles, for places that label it themselves. */
export function RoleSelect({
  choices,
  ...rest
}: { choices: readonly Role[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select className={inputClasses} {...rest}>
      <RoleOptions choices={choices} />
    </select>
  );
}
