import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import type { Issue } from "@/lib/topology/validate/issues";
import { fieldId } from "@/lib/wizard/field-paths";
import { stepMeta } from "@/lib/wizard/meta";
import { applianceStep, fieldStep } from "@/lib/wizard/steps";

/** Why Review cannot plan yet, each problem linking to the field on its step. */
export function NotReady({
  topologyId,
  kind,
  errors,
  applianceChosen,
}: {
  topologyId: string;
  kind: TopologyKind;
  errors: Issue[];
  applianceChosen: boolean;
}) {
  const link = (path: string) => {
    const step = fieldStep(kind, path) ?? "prerequisites";
    return `/topologies/${topologyId}/wizard/${step}#${fieldId(path)}`;
  };
  const pickStep = applianceStep(kind);
  return (
    <div className="space-y-4" data-testid="review-not-ready">
      <Alert tone="warning" title="Not ready to apply yet">
        {errors.length > 0
          ? `Fix ${errors.length} problem(s) first; each link opens the field.`
          : "Choose the NetScaler to apply this topology to first."}
      </Alert>
      {errors.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {errors.map((issue) => {
            const step = fieldStep(kind, issue.path);
            return (
              <li key={`${issue.path}:${issue.message}`}>
                <Link
                  href={link(issue.path)}
                  className="text-sky-800 hover:underline dark:text-sky-300"
                >
                  {step ? `${stepMeta(kind, step)?.label}: ` : ""}
                  {issue.message}
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
      {!applianceChosen && pickStep ? (
        <p className="text-sm">
          The appliance is chosen on the{" "}
          <Link
            href={`/topologies/${topologyId}/wizard/${pickStep}#wizard-appliance`}
            className="text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300"
          >
            {stepMeta(kind, pickStep)?.label} step
          </Link>
          .
        </p>
      ) : null}
    </div>
  );
}
