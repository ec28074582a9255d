"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

/** Runs one row action with its own pending flag and keeps its error until the next try. */
export function useRowAction<T>(
  action: (input: { id: string }) => Promise<ActionResult<T>>,
  onSuccess: (data: T) => void,
) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (id: string) =>
    startTransition(async () => {
      setError(null);
      const result = await action({ id });
      if (result.ok) onSuccess(result.data);
      else setError(result.error);
    });
  return { run, pending, error };
}
