"use client";

import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { ApplyRunView } from "@/lib/apply";
import { isRunFinished, type ApplyRunStatus } from "@/lib/apply/run-status";
import type { Serialized } from "@/lib/serialized";
import { fetchJson } from "@/components/review/fetch-json";
import { isVerificationOpen } from "@/lib/apply/verify/view";
import { ApplyVerificationPanel } from "./apply-verification";

type Run = Serialized<ApplyRunView>;

const statusText: Record<ApplyRunStatus, string> = {
  RUNNING: "Applying…",
  SUCCEEDED: "Applied",
  FAILED: "Failed",
  ROLLED_BACK: "Failed and rolled back",
  INTERRUPTED: "Interrupted",
};

/** Live progress of one apply run, polled until it ends. */
export function ApplyProgress({
  runId,
  onFinished,
}: {
  runId: string;
  onFinished?: (run: Run) => void;
}) {
  const finished = useRef(false);
  const query = useQuery({
    queryKey: ["apply-run", runId],
    queryFn: async () => {
      const run = await fetchJson<Run>(`/api/apply-runs/${runId}`);
      // Once: the run is still polled while its verification runs.
      if (isRunFinished(run.status) && !finished.current) {
        finished.current = true;
        onFinished?.(run);
      }
      return run;
    },
    // A finished run is still followed while its verification (the vservers settling) runs.
    refetchInterval: (q) =>
      q.state.data &&
      isRunFinished(q.state.data.status) &&
      !isVerificationOpen(q.state.data.verification)
        ? false
        : 750,
  });
  const run = query.data;
  if (!run)
    return query.error ? (
      <Alert tone="error">{query.error.message}</Alert>
    ) : (
      <p className="text-sm">Starting…</p>
    );
  const steps = run.steps;
  return (
    <section aria-label="Apply progress" className="space-y-3">
      <div className="flex items-center gap-2" aria-live="polite">
        <h3 className="text-base font-semibold" data-testid="apply-status">
          {statusText[run.status]}
        </h3>
        {run.status === "SUCCEEDED" ? (
          <Badge tone="success">{run.configSaved ? "configuration saved" : "not saved"}</Badge>
        ) : null}
      </div>
      {run.error ? (
        <Alert
          tone={run.status === "SUCCEEDED" ? "warning" : "error"}
          title={run.status === "ROLLED_BACK" ? "What happened" : undefined}
        >
          {run.error}
        </Alert>
      ) : null}
      {run.verification ? <ApplyVerificationPanel verification={run.verification} /> : null}
      <ol className="space-y-1 text-sm" data-testid="apply-steps">
        {steps.map((step) => (
          <li key={step.seq} className="flex flex-wrap items-baseline gap-2">
            <Badge
              tone={
                step.result === "FAILED"
                  ? "danger"
                  : step.result === "OK" || step.result === "ADOPTED"
                    ? "success"
                    : "neutral"
              }
            >
              {step.isUndo ? "undo" : step.action}
            </Badge>
            <span>{step.label}</span>
            {step.durationMs !== null ? (
              <span className="text-xs text-slate-500">{step.durationMs} ms</span>
            ) : null}
            {step.message && step.result === "FAILED" ? (
              <span className="w-full text-xs text-red-700 dark:text-red-400">
                {step.message}
                {step.errorcode ? ` (NITRO error ${step.errorcode})` : ""}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
