"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { applyTopologyAction } from "@/app/(app)/topologies/[id]/review/actions";
import { ReviewPanel } from "@/components/review/review-panel";
import { useWizard } from "../wizard-context";

type ApplyInput = Parameters<typeof applyTopologyAction>[0];

/** The review page's plan and Apply button; a started apply continues on the Apply step. */
export function WizardReviewPanel({
  topologyId,
  applianceName,
  canApply,
  openWarnings,
}: {
  topologyId: string;
  applianceName: string;
  canApply: boolean;
  openWarnings: number;
}) {
  const router = useRouter();
  const { markPlanned, reportRun } = useWizard();
  const queryClient = useQueryClient();
  // The panel reads the plan into the ["plan", topologyId, …] query: once one arrives, a plan
  // was made for the design as saved (every navigation saves first), so Review is done.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        const [name, id] = event.query.queryKey;
        if (name === "plan" && id === topologyId && event.query.state.status === "success") {
          markPlanned();
        }
      }),
    [queryClient, topologyId, markPlanned],
  );
  const apply = async (input: ApplyInput) => {
    const result = await applyTopologyAction(input);
    if (result.ok) reportRun("RUNNING");
    if (result.ok) router.push(`/topologies/${topologyId}/wizard/apply?run=${result.data.runId}`);
    return result;
  };
  return (
    <ReviewPanel
      topologyId={topologyId}
      applianceName={applianceName}
      canApply={canApply}
      apply={apply}
      openWarnings={openWarnings}
    />
  );
}
