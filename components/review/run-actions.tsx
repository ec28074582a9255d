"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

type RunAction = (input: {
  topologyId: string;
  runId: string;
}) => Promise<ActionResult<{ runId: string }>>;

/** Resume or roll back a run that a crash interrupted. */
export function RunActions({
  topologyId,
  runId,
  resume,
  rollback,
}: {
  topologyId: string;
  runId: string;
  resume: RunAction;
  rollback: RunAction;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: RunAction) =>
    startTransition(async () => {
      setError(null);
      const result = await action({ topologyId, runId });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" pending={pending} onClick={() => run(resume)}>
        Resume
      </Button>
      <Button variant="secondary" pending={pending} onClick={() => run(rollback)}>
        Roll back what it changed
      </Button>
      {error ? (
        <Alert tone="error" className="w-full">
          {error}
        </Alert>
      ) : null}
    </div>
  );
}
