import type { ReactNode } from "react";
import { inputClasses } from "@/components/ui/field";

/** A labelled select of the audit log's filter form (a plain GET form: no script needed). */
export function FilterSelect({
  name,
  label,
  value,
  children,
}: {
  name: string;
  label: string;
  value: string;
  children: ReactNode;
}) {
  const id = `audit-filter-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={inputClasses}>
        {children}
      </select>
    </div>
  );
}
