import type { Issue } from "@/lib/topology/validate";

/** Validation errors and warnings with the field each one is about. */
export function IssueList({ errors, warnings }: { errors: Issue[]; warnings: Issue[] }) {
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <div className="space-y-3 text-sm">
      {errors.length > 0 ? (
        <div>
          <h3 className="font-medium text-red-800 dark:text-red-300">
            To fix before review ({errors.length})
          </h3>
          <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="validation-errors">
            {errors.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                {issue.path ? <code className="text-xs">{issue.path}</code> : null} {issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <div>
          <h3 className="font-medium text-amber-800 dark:text-amber-300">
            Warnings ({warnings.length})
          </h3>
          <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="validation-warnings">
            {warnings.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                {issue.path ? <code className="text-xs">{issue.path}</code> : null} {issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
