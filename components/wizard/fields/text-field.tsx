"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { inputClasses } from "@/components/ui/field";
import { FieldMessages } from "./field-messages";
import { useField } from "./use-field";

type Passed = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  "placeholder" | "autoComplete" | "inputMode" | "spellCheck"
>;

/** A text input bound to a document path; kept as typed, trimmed when the admin leaves it. */
export function TextField({
  path,
  label,
  hint,
  className,
  inputClassName,
  ...rest
}: Passed & {
  path: string;
  label: string;
  hint?: ReactNode;
  className?: string;
  /** Width of the input alone, so hints and messages may use the whole row. */
  inputClassName?: string;
}) {
  const field = useField(path, Boolean(hint));
  const value = typeof field.value === "string" ? field.value : "";
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={field.id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={field.id}
        type="text"
        value={value}
        onChange={(e) => field.set(e.target.value)}
        onBlur={() => {
          if (value.trim() !== value) field.set(value.trim());
          field.touch();
        }}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className={cn(inputClasses, inputClassName)}
        {...rest}
      />
      <FieldMessages {...field} hint={hint} />
    </div>
  );
}
