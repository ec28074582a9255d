// Where a topology stands, for the list: derived, never stored, so it cannot drift from the
// apply runs and the document it summarises.
import type { ApplyRunStatus } from "@/lib/generated/prisma/enums";

export const topologyStates = ["draft", "planned", "applying", "applied", "apply_failed"] as const;
export type TopologyState = (typeof topologyStates)[number];

export interface TopologyStateInput {
  /** The document passes validateDocument (Review would accept it). */
  documentValid: boolean;
  applianceChosen: boolean;
  /** Status of the most recently started apply run, or null when there has been none. */
  lastRun: ApplyRunStatus | null;
}

export function topologyState({
  documentValid,
  applianceChosen,
  lastRun,
}: TopologyStateInput): TopologyState {
  if (lastRun === "SUCCEEDED") return "applied";
  // A run still going is neither applied nor failed yet: say so instead of guessing.
  if (lastRun === "RUNNING") return "applying";
  if (lastRun !== null) return "apply_failed";
  return documentValid && applianceChosen ? "planned" : "draft";
}

export const topologyStateInfo: Record<TopologyState, { label: string; description: string }> = {
  draft: { label: "Draft", description: "Incomplete, or no appliance chosen yet." },
  planned: {
    label: "Planned",
    description: "Complete and assigned to an appliance; never applied.",
  },
  applying: { label: "Applying", description: "An apply is running now." },
  applied: { label: "Applied", description: "The last apply succeeded." },
  apply_failed: {
    label: "Apply failed",
    description: "The last apply failed, was rolled back or was interrupted.",
  },
};
