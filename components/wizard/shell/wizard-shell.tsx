"use client";

import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { topologyKindInfo } from "@/lib/topology/schema/kinds";
import { inputlessStepIds } from "@/lib/topology/schema/step-ids";
import { stepMeta } from "@/lib/wizard/meta";
import { useWizard } from "../wizard-context";
import { ConflictAlert } from "./conflict-alert";
import { SaveIndicator } from "./save-indicator";
import { StepIssues } from "./step-issues";
import { StepNav } from "./step-nav";
import { Stepper } from "./stepper";

/** One frame for every step: heading, why, stepper, saved state, messages, Back and Next. */
export function WizardShell({ children }: { children: ReactNode }) {
  const { kind, name, topologyId, step, readOnly, readOnlyNotice } = useWizard();
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    // Moving to another step moves focus to its heading, so keyboard and screen-reader users
    // start at the top of the new step; the first load leaves focus alone.
    if (shownStep.current !== step) heading.current?.focus();
    shownStep.current = step;
  }, [step]);

  const meta = step ? stepMeta(kind, step) : undefined;
  if (!step || !meta) return <>{children}</>;
  const inputless = (inputlessStepIds as readonly string[]).includes(step);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link
            href={`/topologies/${topologyId}`}
            className="font-medium text-sky-800 hover:underline dark:text-sky-300"
          >
            {name}
          </Link>{" "}
          · {topologyKindInfo[kind].label} wizard
        </p>
        <SaveIndicator />
      </div>
      <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <Stepper />
        </aside>
        <section
          aria-labelledby="wizard-step-title"
          className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900"
        >
          <h1
            id="wizard-step-title"
            ref={heading}
            tabIndex={-1}
            className="text-2xl font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
          >
            {meta.title}
          </h1>
          <p className="mt-2 mb-6 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
            {meta.why}
          </p>
          {readOnlyNotice ? (
            <div className="mb-6" data-testid="read-only-banner">
              <Alert tone="info">{readOnlyNotice}</Alert>
            </div>
          ) : null}
          <ConflictAlert />
          {inputless ? null : <StepIssues />}
          {!readOnly ? (
            children
          ) : (
            // A viewer sees every value but cannot change any.
            <fieldset disabled className="min-w-0">
              {children}
            </fieldset>
          )}
          <StepNav />
        </section>
      </div>
    </div>
  );
}
