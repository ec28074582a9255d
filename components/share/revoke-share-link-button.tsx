"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/** Revokes one link at once: the next request through it gets "not found". */
export function RevokeShareLinkButton({
  id,
  name,
  revoke,
}: {
  id: string;
  /** The link's label, so screen readers hear which link the button revokes. */
  name: string;
  revoke: (input: { id: string }) => Promise<ActionResult<{ revokedAt: string }>>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    startTransition(async () => {
      setError(null);
      const result = await revoke({ id });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="danger" pending={pending} onClick={run}>
        Revoke<span className="sr-only"> {name}</span>
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
