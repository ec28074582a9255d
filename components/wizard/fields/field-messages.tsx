import type { ReactNode } from "react";

/** A field's hint, errors and warnings, with the ids its input points at (aria-describedby). */
export function FieldMessages({
  id,
  path,
  hint,
  errors,
  warnings,
}: {
  id: string;
  path: string;
  hint?: ReactNode;
  errors: string[];
  warnings: string[];
}) {
  return (
    <>
      {hint ? (
        // Long paths and names in hints (a Windows share, a URL) wrap instead of widening a
        // phone-width page.
        <p id={`${id}-hint`} className="text-xs break-words text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p
          id={`${id}-error`}
          data-testid={`error-${path}`}
          className="text-sm break-words text-red-700 dark:text-red-400"
        >
          {errors.join(" ")}
        </p>
      ) : null}
      {warnings.length ? (
        <p
          id={`${id}-warning`}
          data-testid={`warning-${path}`}
          className="text-sm break-words text-amber-800 dark:text-amber-300"
        >
          {warnings.join(" ")}
        </p>
      ) : null}
    </>
  );
}
