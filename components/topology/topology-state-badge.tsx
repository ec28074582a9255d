import type { ComponentProps } from "react";
import { Badge } from "@/components/ui/badge";
import { topologyStateInfo, type TopologyState } from "@/lib/topology/schema/lifecycle-state";

const tones: Record<TopologyState, ComponentProps<typeof Badge>["tone"]> = {
  draft: "neutral",
  planned: "info",
  applying: "warning",
  applied: "success",
  apply_failed: "danger",
};

export function TopologyStateBadge({ state }: { state: TopologyState }) {
  return (
    <span title={topologyStateInfo[state].description} data-testid="topology-state">
      <Badge tone={tones[state]}>{topologyStateInfo[state].label}</Badge>
    </span>
  );
}
