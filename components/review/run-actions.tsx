"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

type RunAction = (input: {
  topologyId: string;
  runId: string;
}) => Promise<ActionResult<{ runId: string }>>;

/**
 * Resume or roll back a run that a crash interrupted. Resume first shows the fresh plan of
 * what is left to do (the review panel above, opened for this run): it applies only that.
 */
export function RunActions({
  topologyId,
  runId,
  rollback,
}: {
  topologyId: string;
  runId: string;
  rollback: RunAction;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onRollback = () =>
    startTransition(async () => {
      setError(null);
      const result = await rollback({ topologyId, runId });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Link
        href={`/topologies/${topologyId}/review?resume=${runId}`}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Review the plan to resume
      </Link>
      <Button variant="secondary" pending={pending} onClick={onRollback}>
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
