"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import type { ActionResult, FieldErrors } from "@/lib/action-result";

/**
 * Submits a form to a server action without React's automatic form reset, so a failed
 * submit keeps everything the user typed; moves focus to the first invalid field.
 */
export function useActionForm<T>(
  action: (input: FormData) => Promise<ActionResult<T>>,
  options: { onSuccess?: (data: T, form: HTMLFormElement) => void } = {},
) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    formRef.current = form;
    const data = new FormData(form);
    startTransition(async () => {
      const next = await action(data);
      setResult(next);
      if (next.ok) options.onSuccess?.(next.data, form);
    });
  };

  useEffect(() => {
    if (!result || result.ok || !result.fieldErrors) return;
    const first = Object.keys(result.fieldErrors)[0];
    const input = first
      ? formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`)
      : null;
    input?.focus();
  }, [result]);

  const fieldErrors: FieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const formError = result && !result.ok ? result.error : null;
  // Field-level problems are shown beside the field; the banner is for everything else.
  const bannerError = result && !result.ok && !result.fieldErrors ? result.error : null;
  return { onSubmit, pending, result, fieldErrors, formError, bannerError };
}
