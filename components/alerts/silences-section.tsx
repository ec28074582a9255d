import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { RuleView } from "@/lib/alerts/store/rules";
import type { SilenceView } from "@/lib/alerts/store/silences";
import { AlertsDeleteButton } from "./delete-button";
import { AlertsSection } from "./section";
import { SilenceForm } from "./silence-form";
import type { AlertsAction } from "./types";

export function SilencesSection({
  silences,
  topologies,
  rules,
  topologyNames,
  ruleNames,
  canManage,
  create,
  end,
}: {
  silences: SilenceView[];
  topologies: Array<{ id: string; name: string }>;
  rules: RuleView[];
  topologyNames: Record<string, string>;
  ruleNames: Record<string, string>;
  canManage: boolean;
  create: AlertsAction<{ id: string; endsAt: string }>;
  end: AlertsAction<{ id: string }>;
}) {
  return (
    <AlertsSection
      id="silences"
      title="Silences"
      description="While a silence matches a notice (every field set must match), the notice is logged as silenced instead of sent; alerts still fire and resolve."
    >
      {silences.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No silences in the last week.</p>
      ) : (
        <ul className="space-y-2">
          {silences.map((s) => (
            <li key={s.id} data-testid="silence-row">
              <Card className="flex flex-wrap items-start justify-between gap-2 text-sm">
                <div className="space-y-1">
                  <p className="font-medium break-words">{s.reason}</p>
                  <p className="text-slate-700 dark:text-slate-300">
                    {s.topologyId
                      ? (topologyNames[s.topologyId] ?? "a topology")
                      : "Every topology"}{" "}
                    · {s.ruleId ? (ruleNames[s.ruleId] ?? "a removed rule") : "every rule"}
                    {s.objectKey ? (
                      <>
                        {" "}
                        · <span className="break-all">{s.objectKey}</span>
                      </>
                    ) : null}{" "}
                    · by {s.createdBy ?? "a former member"} · {s.active ? "until" : "ended"}{" "}
                    <time dateTime={s.endsAt}>{s.endsAt.replace("T", " ").slice(0, 16)} UTC</time>
                  </p>
                </div>
                <div className="flex items-start gap-2">
                  {s.active ? <Badge tone="warning">Active</Badge> : <Badge>Ended</Badge>}
                  {canManage && s.active ? (
                    <AlertsDeleteButton
                      id={s.id}
                      name={s.reason}
                      label="End"
                      question="End this silence now?"
                      action={end}
                    />
                  ) : null}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <Card>
          <h3 className="mb-3 font-semibold">New silence</h3>
          <SilenceForm topologies={topologies} rules={rules} save={create} />
        </Card>
      ) : null}
    </AlertsSection>
  );
}
