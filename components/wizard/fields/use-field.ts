"use client";

// Everything a field widget needs from its dotted path: DOM ids, value, the messages to show
// and the aria wiring between them.
import { getIn } from "@/lib/wizard/doc-paths";
import { fieldId, messagesAt } from "@/lib/wizard/field-paths";
import { useWizard } from "../wizard-context";

/** `messagePath` is where validation reports the value, when that differs from `path`. */
export function useField(path: string, hasHint = false, messagePath = path) {
  const wizard = useWizard();
  const id = fieldId(messagePath);
  const shown = wizard.isRevealed(messagePath);
  const errors = shown ? messagesAt(wizard.validation.errors, messagePath) : [];
  const warnings = shown ? messagesAt(wizard.validation.warnings, messagePath) : [];
  const describedBy =
    [
      hasHint ? `${id}-hint` : null,
      errors.length ? `${id}-error` : null,
      warnings.length ? `${id}-warning` : null,
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  return {
    id,
    path: messagePath,
    value: getIn(wizard.doc, path),
    errors,
    warnings,
    describedBy,
    invalid: errors.length > 0 ? true : undefined,
    set: (value: unknown) => wizard.edit(path, value),
    touch: () => wizard.touch(messagePath),
  };
}

export type FieldState = ReturnType<typeof useField>;
