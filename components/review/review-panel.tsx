"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { ApplyProgress } from "@/components/review/apply-progress";
import { CodeBlock } from "@/components/review/code-block";
import { fetchJson } from "@/components/review/fetch-json";
import { PlanItems } from "@/components/review/plan-items";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import type { ReviewPlan } from "@/lib/review/plan-for-review";

interface ApplyInput {
  topologyId: string;
  adopt: string[];
  confirmReplace: boolean;
  expectedPlanHash: string;
  acknowledgedWarnings: number;
}

type Start = (input: ApplyInput) => Promise<ActionResult<{ runId: string }>>;

/** An interrupted run opened for resuming: the plan shown is what is left to do. */
export interface ResumeTarget {
  runId: string;
  startedAt: string;
  resume: (input: ApplyInput & { runId: string }) => Promise<ActionResult<{ runId: string }>>;
}

export function ReviewPanel({
  topologyId,
  applianceName,
  canApply,
  apply,
  resuming = null,
  openWarnings = 0,
}: {
  topologyId: string;
  applianceName: string;
  canApply: boolean;
  apply: Start;
  resuming?: ResumeTarget | null;
  /** Warnings listed above the panel: Apply waits until the admin confirms reading them. */
  openWarnings?: number;
}) {
  const queryClient = useQueryClient();
  const [adopt, setAdopt] = useState<Set<string>>(new Set());
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [warningsRead, setWarningsRead] = useState(false);
  const [run, setRun] = useState<{ id: string; done: boolean } | null>(null);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const adoptKey = [...adopt].sort().join(",");
  const plan = useQuery({
    queryKey: ["plan", topologyId, adoptKey],
    queryFn: () =>
      fetchJson<ReviewPlan>(
        `/api/topologies/${topologyId}/plan?adopt=${encodeURIComponent(adoptKey)}`,
      ),
  });
  const data = plan.data;
  const summary = data?.plan.summary;
  const replaces = summary?.replace ?? 0;
  const blocked = Boolean(
    data &&
    (data.plan.missingReferences.length > 0 ||
      data.plan.items.some((i) => i.action === "conflict" && !i.adopt)),
  );
  const running = run !== null && !run.done;

  const toggleAdopt = (id: string) =>
    setAdopt((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // A resume applies the plan shown here, with the choices made here, for the interrupted run.
  const start: Start = resuming
    ? (input) => resuming.resume({ ...input, runId: resuming.runId })
    : apply;
  const canStart = summary !== undefined && (summary.changes > 0 || resuming !== null);

  const onApply = () => {
    if (!data) return;
    setApplyError(null);
    startTransition(async () => {
      const result = await start({
        topologyId,
        adopt: [...adopt],
        confirmReplace,
        expectedPlanHash: data.plan.hash,
        acknowledgedWarnings: warningsRead ? openWarnings : 0,
      });
      if (result.ok) setRun({ id: result.data.runId, done: false });
      else setApplyError(result.error);
    });
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-base font-semibold">Plan against {applianceName}</h2>
        <Button
          variant="secondary"
          pending={plan.isFetching}
          disabled={running}
          onClick={() => void plan.refetch()}
        >
          Plan again
        </Button>
      </div>
      {plan.error ? (
        <Alert tone="error" title="Could not plan">
          {plan.error.message}
        </Alert>
      ) : null}
      {!data && !plan.error ? <p className="text-sm">Reading the appliance…</p> : null}
      {resuming && !run ? (
        <Alert tone="info" title="Resuming an interrupted apply">
          The apply started {resuming.startedAt} stopped part-way. This is a fresh plan of what is
          left to do; review it and your choices, then resume.
        </Alert>
      ) : null}
      {data && summary ? (
        <>
          <p className="text-sm" data-testid="plan-summary">
            {summary.changes === 0
              ? `No changes: the appliance already matches this topology (${summary.unchanged} objects).`
              : `${summary.create} to create, ${summary.update} to update, ${summary.replace} to replace, ${summary.delete} to delete, ${summary.unchanged} unchanged.`}
            {summary.conflict ? ` ${summary.conflict} conflict(s).` : ""}
          </p>
          {data.plan.missingReferences.length > 0 ? (
            <Alert tone="error" title="Missing on the appliance">
              <ul className="list-disc pl-5">
                {data.plan.missingReferences.map((ref) => (
                  <li key={`${ref.resource}:${ref.name}`}>
                    {ref.resource === "sslcertkey" ? "Certificate" : "Gateway virtual server"}{" "}
                    <strong>{ref.name}</strong>, needed by {ref.label}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <PlanItems
            items={data.plan.items}
            adopt={adopt}
            onToggleAdopt={toggleAdopt}
            disabled={running}
          />
          {replaces > 0 ? (
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                checked={confirmReplace}
                onChange={(e) => setConfirmReplace(e.target.checked)}
                disabled={running}
              />
              I understand that {replaces} object(s) will be deleted and re-created, interrupting
              their traffic for a moment.
            </label>
          ) : null}
          {openWarnings > 0 && canApply && canStart ? (
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                checked={warningsRead}
                onChange={(e) => setWarningsRead(e.target.checked)}
                disabled={running}
              />
              I have read the {openWarnings} warning{openWarnings === 1 ? "" : "s"}
            </label>
          ) : null}
          {canApply && canStart && !running && !(resuming && run) ? (
            <div className="space-y-2">
              <Button
                onClick={onApply}
                pending={pending}
                disabled={
                  blocked ||
                  (replaces > 0 && !confirmReplace) ||
                  (openWarnings > 0 && !warningsRead)
                }
              >
                {resuming
                  ? `Resume: apply ${summary.changes} change(s) to ${applianceName}`
                  : `Apply ${summary.changes} change(s) to ${applianceName}`}
              </Button>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                Changes run in dependency order; if one fails, what this run created is removed
                again. The configuration is saved at the end.
              </p>
            </div>
          ) : null}
          {applyError ? <Alert tone="error">{applyError}</Alert> : null}
          {run ? (
            <ApplyProgress
              key={run.id}
              runId={run.id}
              onFinished={() => {
                setRun((current) =>
                  current && current.id === run.id ? { ...current, done: true } : current,
                );
                void queryClient.invalidateQueries({ queryKey: ["plan", topologyId] });
              }}
            />
          ) : null}
          {data.cli.length > 0 ? (
            <CodeBlock
              title="NetScaler CLI for this plan"
              text={`${data.cli.join("\n")}\n`}
              fileName="plan.cli.txt"
            />
          ) : null}
          {data.requests.length > 0 ? (
            <div className="space-y-2">
              <CodeBlock
                title="NITRO requests for this plan"
                text={`${JSON.stringify(data.requests, null, 2)}\n`}
                fileName="plan.nitro.json"
              />
              <p
                className="text-sm text-slate-600 dark:text-slate-400"
                data-testid="nitro-requests-note"
              >
                The list above is the per-object equivalent of this plan, for reading and for
                scripts: one request per object. Apply does not send it as it is: it sends the
                creates and bindings of one resource type in one stage as one bulk POST, so its
                request count and bodies differ.
              </p>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
