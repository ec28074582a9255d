import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { TopologyLiveSummary } from "@/lib/status/list-summary";

/**
 * A topology's live state on its list row, from stored snapshots (no appliance request):
 * vservers UP of total, DOWN members, unreachable or out-of-date data, and drift.
 */
export function TopologyLiveSummaryBadges({
  topologyId,
  summary,
}: {
  topologyId: string;
  summary: TopologyLiveSummary;
}) {
  const allUp = summary.vserversTotal > 0 && summary.vserversUp === summary.vserversTotal;
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="topology-live">
      {!summary.reachable && summary.updatedAt === null ? null : (
        <Badge tone={allUp ? "success" : "danger"} className="whitespace-nowrap">
          {summary.vserversUp} of {summary.vserversTotal} vservers UP
        </Badge>
      )}
      {summary.membersDown > 0 ? (
        <Badge tone="danger" className="whitespace-nowrap">
          {summary.membersDown} member{summary.membersDown === 1 ? "" : "s"} DOWN
        </Badge>
      ) : null}
      {!summary.reachable ? (
        <Badge tone="danger" className="whitespace-nowrap">
          Appliance not reachable
        </Badge>
      ) : summary.stale ? (
        <Badge tone="warning" className="whitespace-nowrap">
          Out of date
        </Badge>
      ) : null}
      {summary.driftChanges !== null && summary.driftChanges > 0 ? (
        <Link
          href={`/topologies/${topologyId}/review`}
          className="rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          <Badge tone="warning" className="whitespace-nowrap underline">
            Drift: {summary.driftChanges} change{summary.driftChanges === 1 ? "" : "s"}
          </Badge>
        </Link>
      ) : null}
      {summary.watched ? null : <span>Not watched (not applied)</span>}
    </span>
  );
}
