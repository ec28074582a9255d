import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { FiringAlertView } from "@/lib/alerts/store/states";
import { AlertsSection } from "./section";

export function FiringList({
  firing,
  topologyNames,
}: {
  firing: FiringAlertView[];
  topologyNames: Record<string, string>;
}) {
  return (
    <AlertsSection id="firing" title="Firing now">
      {firing.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Nothing is firing.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {firing.map((f) => (
            <li
              key={f.id}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 text-sm"
              data-testid="firing-alert"
            >
              <Badge tone="danger">{f.flapping ? "Flapping" : "Firing"}</Badge>
              <span className="font-medium break-all">{f.label}</span>
              {f.state ? <span>{f.state}</span> : null}
              <span className="text-slate-600 dark:text-slate-400">
                {f.ruleName} ·{" "}
                <Link href={`/topologies/${f.topologyId}/status`} className="underline">
                  {topologyNames[f.topologyId] ?? "topology"}
                </Link>
                {f.firingSince ? (
                  <>
                    {" "}
                    · since{" "}
                    <time dateTime={f.firingSince}>
                      {f.firingSince.replace("T", " ").slice(0, 19)} UTC
                    </time>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </AlertsSection>
  );
}
