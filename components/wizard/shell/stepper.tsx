"use client";

import Link from "next/link";
import type { MouseEvent } from "react";
import { cn } from "@/components/ui/cn";
import { stepMeta } from "@/lib/wizard/meta";
import type { StepState } from "@/lib/wizard/step-status";
import { wizardStepIds } from "@/lib/wizard/steps";
import { stepHref, useWizard } from "../wizard-context";

const stateText: Record<StepState, string> = {
  valid: "complete",
  errors: "has errors",
  unvisited: "not visited yet",
};

const marker: Record<StepState, string> = {
  valid: "border-emerald-600 bg-emerald-600 text-white",
  errors: "border-red-600 bg-red-600 text-white",
  unvisited: "border-slate-400 bg-white text-slate-600 dark:bg-slate-900 dark:text-slate-300",
};

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
          const glyph =
            status.state === "valid" ? "✓" : status.state === "errors" ? "!" : index + 1;
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
                  {glyph}
                </span>
                <span className="min-w-0">
                  {stepMeta(kind, step)?.label ?? step}
                  <span className="sr-only">
                    {`, ${stateText[status.state]}`}
                    {status.errors > 0 ? `, ${status.errors} to fix` : ""}
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
