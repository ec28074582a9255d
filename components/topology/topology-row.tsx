import Link from "next/link";
import type { ReactNode } from "react";
import { ApplianceBadges } from "@/components/appliances/appliance-badges";
import type { ApplianceView } from "@/lib/appliances/store";
import type { TopologyListItem } from "@/lib/topologies/list";
import { formatDateTime } from "@/lib/format";
import { topologyKindInfo } from "@/lib/topology/schema/kinds";
import { TopologyStateBadge } from "./topology-state-badge";

/**
 * One topology in the list. The facts are a description list whose terms only screen readers
 * hear, so "IGEL UMS · Applied · Demo NetScaler" still reads as kind, state and appliance.
 */
export function TopologyRow({
  topology,
  appliance,
  actions,
  certificate,
  live,
}: {
  topology: TopologyListItem;
  appliance: ApplianceView | null;
  actions?: ReactNode;
  /** A used certificate at or below a warning threshold (components/status/certificate-expiry-badge). */
  certificate?: ReactNode;
  /** The live summary from stored status (components/topology/topology-live-summary). */
  live?: ReactNode;
}) {
  const archived = topology.archivedAt !== null;
  return (
    <li
      className="flex flex-wrap items-start justify-between gap-3 px-4 py-3"
      data-testid="topology-row"
    >
      <div className="min-w-0 space-y-1">
        {archived ? (
          // Archived topologies are read-only: there is no page to open until restored.
          <p className="font-medium">{topology.name}</p>
        ) : (
          <Link
            href={`/topologies/${topology.id}`}
            className="font-medium text-sky-800 hover:underline dark:text-sky-300"
          >
            {topology.name}
          </Link>
        )}
        <dl className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
          <dt className="sr-only">Kind</dt>
          {/* Plain text, not a badge: next to the state badge two badges read as one status. */}
          <dd className="font-medium text-slate-800 dark:text-slate-200">
            {topologyKindInfo[topology.kind].label}
          </dd>
          <dt className="sr-only">State</dt>
          <dd>
            <TopologyStateBadge state={topology.state} />
          </dd>
          {live ? (
            <>
              <dt className="sr-only">Live status</dt>
              <dd>{live}</dd>
            </>
          ) : null}
          {certificate ? (
            <>
              <dt className="sr-only">Certificate</dt>
              <dd>{certificate}</dd>
            </>
          ) : null}
          <dt className="sr-only">Appliance</dt>
          <dd className="inline-flex flex-wrap items-center gap-1">
            {appliance ? (
              <>
                <span>{appliance.name}</span>
                <ApplianceBadges appliance={appliance} />
              </>
            ) : (
              <span>No appliance chosen</span>
            )}
          </dd>
          <dt className="sr-only">{archived ? "Archived" : "Last edited"}</dt>
          <dd>
            {archived ? "Archived" : "Edited"} by {topology.updatedByName} ·{" "}
            {formatDateTime(topology.archivedAt ?? topology.updatedAt)}
          </dd>
        </dl>
      </div>
      {actions}
    </li>
  );
}
