"use client";

import { useRouter } from "next/navigation";
import { applyTopologyAction } from "@/app/(app)/topologies/[id]/review/actions";
import { ReviewPanel } from "@/components/review/review-panel";

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
  const apply = async (input: ApplyInput) => {
    const result = await applyTopologyAction(input);
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
