import type { SelectHTMLAttributes } from "react";
import { inputClasses } from "@/components/ui/field";
import { roleLabels, type Role } from "@/lib/auth/roles";

/** A select of roles, labelled the way the rest of the app names them. */
export function RoleSelect({
  choices,
  ...rest
}: { choices: readonly Role[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select className={inputClasses} {...rest}>
      {choices.map((role) => (
        <option key={role} value={role}>
          {roleLabels[role]}
        </option>
      ))}
    </select>
  );
}
