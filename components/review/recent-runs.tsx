import { RunActions } from "@/components/review/run-actions";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/action-result";
import type { ApplyRunView } from "@/lib/apply";
import type { ApplyRunStatus } from "@/lib/apply/run-status";
import { formatDateTime } from "@/lib/format";

type Run = Omit<ApplyRunView, "steps">;
type RunAction = (input: {
  topologyId: string;
  runId: string;
}) => Promise<ActionResult<{ runId: string }>>;

const tone = {
  SUCCEEDED: "success",
  FAILED: "danger",
  ROLLED_BACK: "warning",
  INTERRUPTED: "danger",
  RUNNING: "info",
} as const satisfies Record<ApplyRunStatus, string>;

/** The topology's recent apply runs; an interrupted one can be resumed or rolled back. */
export function RecentRuns({
  topologyId,
  runs,
  canApply,
  rollback,
}: {
  topologyId: string;
  runs: Run[];
  canApply: boolean;
  rollback: RunAction;
}) {
  if (runs.length === 0) return null;
  return (
    <section aria-labelledby="recent-runs" className="space-y-3">
      <h2 id="recent-runs" className="text-base font-semibold">
        Recent applies
      </h2>
      <ul className="space-y-3 text-sm" data-testid="recent-runs">
        {runs.map((run) => (
          <li key={run.id} className="space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={tone[run.status]}>{run.status.replace("_", " ").toLowerCase()}</Badge>
              <span>{formatDateTime(new Date(run.startedAt))}</span>
              {run.summary ? (
                <span className="text-slate-600 dark:text-slate-400">
                  {run.summary.changes} change(s) planned
                </span>
              ) : null}
            </div>
            {run.error ? (
              <p className="text-xs text-slate-700 dark:text-slate-300">{run.error}</p>
            ) : null}
            {canApply && run.status === "INTERRUPTED" ? (
              <RunActions topologyId={topologyId} runId={run.id} rollback={rollback} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
