import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

export const inputClasses =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 aria-[invalid=true]:border-red-600 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:disabled:bg-slate-800 dark:disabled:text-slate-400";

interface FieldBaseProps {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
}

interface FieldProps extends FieldBaseProps, InputHTMLAttributes<HTMLInputElement> {
  name: string;
}

interface SelectFieldProps extends FieldBaseProps, SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
}

/** The ids and ARIA attributes that tie a control to its label, hint and errors. */
function fieldIds({ name, hint, errors }: Omit<FieldBaseProps, "label">, id: string | undefined) {
  const controlId = id ?? `field-${name}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = errors?.length ? `${controlId}-error` : undefined;
  return {
    controlId,
    hintId,
    errorId,
    aria: {
      "aria-invalid": errors?.length ? true : undefined,
      "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    },
  };
}

/** Label above the control, hint and errors below: the same for every kind of control. */
function FieldFrame({
  name,
  label,
  hint,
  errors,
  className,
  ids,
  children,
}: FieldBaseProps & {
  className?: string;
  ids: ReturnType<typeof fieldIds>;
  children: ReactNode;
}) {
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={ids.controlId} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={ids.hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p
          id={ids.errorId}
          className="text-sm text-red-700 dark:text-red-400"
          data-testid={`error-${name}`}
        >
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input with its hint and its errors wired up for screen readers. */
export function Field({ name, label, hint, errors, className, id, ...rest }: FieldProps) {
  const ids = fieldIds({ name, hint, errors }, id);
  return (
    <FieldFrame {...{ name, label, hint, errors, className, ids }}>
      <input id={ids.controlId} name={name} {...ids.aria} className={inputClasses} {...rest} />
    </FieldFrame>
  );
}

/** A labelled select (options as children) with its hint and errors, wired up like Field. */
export function SelectField({
  name,
  label,
  hint,
  errors,
  className,
  id,
  children,
  ...rest
}: SelectFieldProps) {
  const ids = fieldIds({ name, hint, errors }, id);
  return (
    <FieldFrame {...{ name, label, hint, errors, className, ids }}>
      <select id={ids.controlId} name={name} {...ids.aria} className={inputClasses} {...rest}>
        {children}
      </select>
    </FieldFrame>
  );
}
