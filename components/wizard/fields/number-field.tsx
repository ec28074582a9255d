"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { inputClasses } from "@/components/ui/field";
import { numberText, toWholeNumber } from "@/lib/wizard/form-values";
import { FieldMessages } from "./field-messages";
import { useField } from "./use-field";

/**
 * A whole-number input. It accepts digits only, so what is on screen is always what gets
 * saved (the schemas do not coerce text, and a draft drops values of the wrong type).
 */
export function NumberField({
  path,
  label,
  hint,
  className,
  suffix,
}: {
  path: string;
  label: string;
  hint?: ReactNode;
  className?: string;
  suffix?: string;
}) {
  const field = useField(path, Boolean(hint));
  const value = typeof field.value === "number" ? field.value : undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={field.id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={field.id}
          type="text"
          inputMode="numeric"
          value={numberText(value)}
          onChange={(e) => field.set(toWholeNumber(e.target.value))}
          onBlur={field.touch}
          aria-invalid={field.invalid}
          aria-describedby={field.describedBy}
          className={cn(inputClasses, "max-w-32")}
        />
        {suffix ? (
          <span className="text-sm text-slate-600 dark:text-slate-400">{suffix}</span>
        ) : null}
      </div>
      <FieldMessages {...field} hint={hint} />
    </div>
  );
}
