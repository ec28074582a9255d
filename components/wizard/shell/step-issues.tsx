"use client";

import type { Issue } from "@/lib/topology/validate/issues";
import { fieldId, isChecklistTick } from "@/lib/wizard/field-paths";
import { fieldStep } from "@/lib/wizard/steps";
import { useWizard } from "../wizard-context";

/**
 * The step's problems at the top, each linking to its field, so a keyboard or screen-reader
 * user finds them without scanning the form. Only messages already shown beside fields.
 */
export function StepIssues() {
  const { kind, step, validation, isRevealed } = useWizard();
  if (!step) return null;
  // The issues of the fields this page asks for (fieldStep), and only those already shown.
  const here = (issues: readonly Issue[]) =>
    issues.filter((i) => fieldStep(kind, i.path) === step && isRevealed(i.path));
  const errors = here(validation.errors);
  const warnings = here(validation.warnings).filter((i) => !isChecklistTick(i.path));
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <div className="mb-6 space-y-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800">
      {errors.length > 0 ? (
        <IssueLinks title={`To fix on this step (${errors.length})`} issues={errors} tone="error" />
      ) : null}
      {warnings.length > 0 ? (
        <IssueLinks title={`Worth a look (${warnings.length})`} issues={warnings} tone="warning" />
      ) : null}
    </div>
  );
}

function IssueLinks({
  title,
  issues,
  tone,
}: {
  title: string;
  issues: { path: string; message: string }[];
  tone: "error" | "warning";
}) {
  return (
    <div>
      <h2
        className={
          tone === "error"
            ? "font-medium text-red-800 dark:text-red-300"
            : "font-medium text-amber-800 dark:text-amber-300"
        }
      >
        {title}
      </h2>
      <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid={`step-${tone}s`}>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <a href={`#${fieldId(issue.path)}`} className="underline-offset-2 hover:underline">
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
