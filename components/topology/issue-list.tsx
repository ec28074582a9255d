import Link from "next/link";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import type { Issue } from "@/lib/topology/validate";
import { groupIssuesByStep } from "@/lib/wizard/issue-place";

/** The topology the issues are about: with it, issues read as wizard fields and link there. */
export interface IssueContext {
  kind: TopologyKind;
  document: unknown;
  topologyId: string;
}

function PlainIssues({ issues, testId }: { issues: Issue[]; testId: string }) {
  return (
    <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid={testId}>
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.message}`}>
          {issue.path ? <code className="text-xs">{issue.path}</code> : null} {issue.message}
        </li>
      ))}
    </ul>
  );
}

function IssuesByStep({
  issues,
  context,
  testId,
}: {
  issues: Issue[];
  context: IssueContext;
  testId: string;
}) {
  const groups = groupIssuesByStep(context.kind, context.document, context.topologyId, issues);
  return (
    <div className="mt-1 space-y-2" data-testid={testId}>
      {groups.map((group) => (
        <section key={group.step ?? "topology"} data-step={group.step ?? "topology"}>
          <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {group.title}
          </h4>
          <ul className="list-disc space-y-0.5 pl-5">
            {group.places.map((place) => (
              <li key={`${place.issue.path}:${place.issue.message}`}>
                {place.href ? (
                  // Underlined: it sits in a sentence, where colour alone does not mark a link.
                  <Link
                    href={place.href}
                    className="text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300"
                  >
                    {place.label || group.title}
                  </Link>
                ) : place.label ? (
                  <span className="font-medium">{place.label}</span>
                ) : null}
                {place.label || place.href ? ": " : null}
                {place.message}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Issues(props: { issues: Issue[]; context?: IssueContext; testId: string }) {
  return props.context ? (
    <IssuesByStep issues={props.issues} context={props.context} testId={props.testId} />
  ) : (
    <PlainIssues issues={props.issues} testId={props.testId} />
  );
}

/** Validation errors and warnings with the field each one is about. */
export function IssueList({
  errors,
  warnings,
  context,
}: {
  errors: Issue[];
  warnings: Issue[];
  context?: IssueContext;
}) {
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <div className="space-y-3 text-sm">
      {errors.length > 0 ? (
        <div>
          <h3 className="font-medium text-red-800 dark:text-red-300">
            To fix before review ({errors.length})
          </h3>
          <Issues issues={errors} context={context} testId="validation-errors" />
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <div>
          <h3 className="font-medium text-amber-800 dark:text-amber-300">
            Warnings ({warnings.length})
          </h3>
          <Issues issues={warnings} context={context} testId="validation-warnings" />
        </div>
      ) : null}
    </div>
  );
}
