import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ApplianceBar as Bar, DriftStatus } from "@/lib/status/types";
import { haRoleWords } from "@/lib/nitro/ha-words";
import { ago, clockTime } from "./state-words";

/** Reachability, HA role, unsaved configuration, freshness and drift of the appliance. */
export function ApplianceBar({
  appliance,
  applianceName,
  drift,
  now,
}: {
  appliance: Bar;
  applianceName: string;
  drift: DriftStatus | null;
  now: number;
}) {
  const updated = ago(appliance.updatedAt, now);
  return (
    <section
      aria-labelledby="appliance-bar-title"
      className="space-y-3"
      data-testid="appliance-bar"
    >
      <h2 id="appliance-bar-title" className="sr-only">
        Appliance
      </h2>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <strong className="text-base">{applianceName}</strong>
        {appliance.reachable ? (
          <Badge tone="success">
            <span data-testid="appliance-reachability">Reachable</span>
          </Badge>
        ) : (
          <Badge tone="danger">
            <span data-testid="appliance-reachability">Not reachable</span>
          </Badge>
        )}
        <span data-testid="appliance-ha-role">{haRoleWords(appliance.haRole)}</span>
        {appliance.configChanged === true ? (
          <Badge tone="warning">Unsaved configuration</Badge>
        ) : appliance.configChanged === false ? (
          <span className="text-slate-600 dark:text-slate-400">Configuration saved</span>
        ) : null}
        {drift && drift.changes > 0 ? (
          <Link
            href={drift.planUrl}
            data-testid="drift-badge"
            className="rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
          >
            <Badge tone="warning" className="underline">
              Drift: {drift.changes} change{drift.changes === 1 ? "" : "s"} to re-apply
            </Badge>
          </Link>
        ) : null}
        <span className="text-slate-600 dark:text-slate-400" data-testid="appliance-updated">
          {updated ? `Updated ${updated}` : "Not read yet"}
        </span>
      </div>
      {!appliance.reachable && appliance.failure ? (
        <p className="text-sm text-red-800 dark:text-red-300" data-testid="appliance-failure">
          {appliance.failure.message}
        </p>
      ) : null}
      {appliance.stale ? (
        <div
          role="status"
          aria-label="Status data is out of date"
          data-testid="status-stale"
          className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100"
        >
          <p className="font-semibold">Out of date</p>
          <p className="mt-1">
            {appliance.updatedAt
              ? `Showing the last data read from the appliance, at ${clockTime(appliance.updatedAt)}. The appliance is retried automatically.`
              : "No data has been read from the appliance yet. It is retried automatically."}
          </p>
        </div>
      ) : null}
    </section>
  );
}
