"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { ApplyProgress } from "@/components/review/apply-progress";
import { PlanNote } from "@/components/review/plan-note";
import type { ReviewAccess } from "@/components/review/review-access";
import { ReviewPanel } from "@/components/review/review-panel";
import { StepSection } from "../step-section";
import { useWizard } from "../wizard-context";

async function noApply(): Promise<never> {
  throw new Error("Apply starts from the Review step.");
}

/** The run's live progress, then the plan read again (no changes once it succeeded). */
export function WizardApplyView({
  topologyId,
  applianceName,
  runId,
  access,
}: {
  topologyId: string;
  applianceName: string;
  runId: string | null;
  access: ReviewAccess;
}) {
  const queryClient = useQueryClient();
  const { reportRun } = useWizard();
  return (
    <div className="space-y-8">
      <StepSection title={`Changes on ${applianceName}`}>
        {runId ? (
          <ApplyProgress
            runId={runId}
            onFinished={(run) => {
              reportRun(run.status);
              void queryClient.invalidateQueries({ queryKey: ["plan", topologyId] });
            }}
          />
        ) : (
          <p className="text-sm" data-testid="no-apply-run">
            Nothing was applied from this topology yet.
            {access.canApply ? (
              <>
                {" "}
                Start on the{" "}
                <Link
                  href={`/topologies/${topologyId}/wizard/review`}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  Review step
                </Link>
                .
              </>
            ) : null}
          </p>
        )}
      </StepSection>
      {access.planNote ? (
        <PlanNote note={access.planNote} />
      ) : (
        <StepSection
          title="Check against the appliance"
          intro="Read from the appliance again: after a successful apply it reports no changes. If it still lists some, go back to Review to apply them."
        >
          {/* Read-only here: applying is started from Review, where the plan was checked. */}
          <ReviewPanel
            topologyId={topologyId}
            applianceName={applianceName}
            canApply={false}
            apply={noApply}
          />
        </StepSection>
      )}
    </div>
  );
}
