"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { FieldMessages } from "./field-messages";
import { useField } from "./use-field";

export interface Choice {
  value: string;
  label: string;
  description?: ReactNode;
}

/** Radio buttons for a value at a document path (arrow keys move between them). */
export function ChoiceField({
  path,
  legend,
  choices,
  hint,
  onChoose,
  columns = 3,
}: {
  path: string;
  legend: string;
  choices: readonly Choice[];
  hint?: ReactNode;
  /** Replaces the plain write, e.g. when a choice also changes other values. */
  onChoose?: (value: string) => void;
  columns?: 2 | 3;
}) {
  const field = useField(path, Boolean(hint));
  return (
    <fieldset id={field.id} aria-describedby={field.describedBy} className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className={cn("grid gap-2", columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2")}>
        {choices.map((choice) => {
          const id = `${field.id}-${choice.value}`;
          return (
            <label
              key={choice.value}
              htmlFor={id}
              className="flex cursor-pointer gap-2 rounded-md border border-slate-300 p-3 has-checked:border-sky-600 has-checked:bg-sky-50 has-focus-visible:ring-2 has-focus-visible:ring-sky-600 dark:border-slate-700 dark:has-checked:bg-sky-950/40"
            >
              <input
                id={id}
                type="radio"
                name={field.id}
                value={choice.value}
                checked={field.value === choice.value}
                onChange={() => (onChoose ? onChoose(choice.value) : field.set(choice.value))}
                onBlur={field.touch}
                className="mt-0.5 accent-sky-700"
              />
              <span>
                <span className="block text-sm font-medium">{choice.label}</span>
                {choice.description ? (
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {choice.description}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
      <FieldMessages {...field} hint={hint} />
    </fieldset>
  );
}
