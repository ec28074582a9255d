"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { FieldMessages } from "./field-messages";
import { useField } from "./use-field";

/** A yes/no value at a document path, with an explanation under its label. */
export function CheckboxField({
  path,
  messagePath,
  label,
  hint,
  className,
  onCheckedChange,
  showWarnings = true,
}: {
  path: string;
  /** Where validation reports this value, if not at `path`. */
  messagePath?: string;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  /** Replaces the plain write, for values that are more than a boolean. */
  onCheckedChange?: (checked: boolean) => void;
  /** False where the unticked box itself says what the warning would (a checklist item). */
  showWarnings?: boolean;
}) {
  const shown = useField(path, Boolean(hint), messagePath);
  const field = showWarnings
    ? shown
    : {
        ...shown,
        warnings: [],
        describedBy:
          shown.describedBy
            ?.split(" ")
            .filter((id) => !id.endsWith("-warning"))
            .join(" ") || undefined,
      };
  return (
    <div className={cn("flex items-start gap-3", className)}>
      <input
        id={field.id}
        type="checkbox"
        checked={field.value === true}
        onChange={(e) =>
          onCheckedChange ? onCheckedChange(e.target.checked) : field.set(e.target.checked)
        }
        onBlur={field.touch}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className="mt-0.5 size-4 shrink-0 accent-sky-700"
      />
      <div className="min-w-0 space-y-1">
        <label htmlFor={field.id} className="block text-sm font-medium">
          {label}
        </label>
        <FieldMessages {...field} hint={hint} />
      </div>
    </div>
  );
}
