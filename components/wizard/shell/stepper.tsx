"use client";

import Link from "next/link";
import type { MouseEvent } from "react";
import { cn } from "@/components/ui/cn";
import { stepMeta } from "@/lib/wizard/meta";
import { stepStateText, type StepState, type StepStatus } from "@/lib/wizard/step-status";
import { wizardStepIds } from "@/lib/wizard/steps";
import { stepHref, useWizard } from "../wizard-context";

const marker: Record<StepState, string> = {
  done: "border-emerald-600 bg-emerald-600 text-white",
  errors: "border-red-600 bg-red-600 text-white",
  warnings: "border-amber-500 bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  failed: "border-red-600 bg-white text-red-700 dark:bg-slate-900 dark:text-red-300",
  running: "border-sky-600 bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  partial: "border-slate-400 bg-white text-slate-700 dark:bg-slate-900 dark:text-slate-300",
  unvisited: "border-slate-400 bg-white text-slate-600 dark:bg-slate-900 dark:text-slate-300",
};

/** The icon in the round mark; the words for it are in stepStateText (screen readers). */
function glyph(status: StepStatus, index: number): string {
  switch (status.state) {
    case "done":
      return "✓";
    case "errors":
      return "!";
    case "warnings":
      return "⚠";
    case "failed":
      return "✕";
    case "running":
      return "…";
    default:
      return String(index + 1);
  }
}

/** Every step with its state; a link to each (saving first, like Back and Next). */
export function Stepper() {
  const { kind, topologyId, step: current, statuses, navigate } = useWizard();
  const follow = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    // Plain clicks save first; modified clicks (new tab) keep the browser's behaviour.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(href);
  };
  return (
    <nav aria-label="Wizard steps">
      <ol className="grid grid-cols-2 gap-1 sm:grid-cols-3 lg:grid-cols-1">
        {wizardStepIds(kind).map((step, index) => {
          const status = statuses[step] ?? { state: "unvisited", errors: 0, warnings: 0 };
          const href = stepHref(topologyId, step);
          const here = step === current;
          return (
            <li key={step}>
              <Link
                href={href}
                onClick={(event) => follow(event, href)}
                aria-current={here ? "step" : undefined}
                data-state={status.state}
                data-testid={`stepper-${step}`}
                className={cn(
                  "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm",
                  here
                    ? "bg-sky-100 font-semibold text-sky-950 dark:bg-sky-950/60 dark:text-sky-100"
                    : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
                )}
              >
                <span
                  aria-hidden="true"
                  className={cn(
                    "flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-semibold",
                    marker[status.state],
                  )}
                >
                  {glyph(status, index)}
                </span>
                <span className="min-w-0">
                  {stepMeta(kind, step)?.label ?? step}
                  {status.state === "partial" && status.ticked ? (
                    <span
                      aria-hidden="true"
                      className="ml-1 text-xs font-normal text-slate-600 dark:text-slate-400"
                    >
                      {`${status.ticked.done} of ${status.ticked.total}`}
                    </span>
                  ) : null}
                  <span className="sr-only" data-testid={`stepper-${step}-text`}>
                    {`, ${stepStateText(status)}`}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
