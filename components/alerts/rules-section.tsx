import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { RULE_KIND_INFO } from "@/lib/alerts/kinds";
import type { ChannelView } from "@/lib/alerts/store/channels";
import type { RuleView } from "@/lib/alerts/store/rules";
import { AlertsDeleteButton } from "./delete-button";
import { RuleForm } from "./rule-form";
import { AlertsSection } from "./section";
import type { AlertsAction } from "./types";

export function RulesSection({
  rules,
  channels,
  topologies,
  canManage,
  save,
  remove,
}: {
  rules: RuleView[];
  channels: ChannelView[];
  topologies: Array<{ id: string; name: string }>;
  canManage: boolean;
  save: AlertsAction<{ id: string }>;
  remove: AlertsAction<{ id: string }>;
}) {
  const topologyName = (id: string | null) =>
    id ? (topologies.find((t) => t.id === id)?.name ?? "a removed topology") : "every topology";
  const channelNames = (ids: string[]) =>
    channels
      .filter((c) => ids.includes(c.id))
      .map((c) => c.name)
      .join(", ") || "no channel";
  return (
    <AlertsSection
      id="rules"
      title="Rules"
      description="Each rule is checked about every poll interval against the stored status. Flapping objects (more than 4 changes in 10 minutes) send one flapping notice, then nothing until they settle."
    >
      {rules.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No rules yet.</p>
      ) : (
        <ul className="space-y-3">
          {rules.map((rule) => {
            const threshold = RULE_KIND_INFO[rule.kind].threshold;
            return (
              <li key={rule.id}>
                <Card className="space-y-2">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <h3 className="font-semibold">{rule.name}</h3>
                      <p className="text-sm text-slate-700 dark:text-slate-300">
                        {RULE_KIND_INFO[rule.kind].label}
                        {threshold && rule.threshold !== null
                          ? ` ${rule.threshold} ${threshold.unit}`
                          : ""}{" "}
                        · hold {rule.holdSeconds} s · {topologyName(rule.topologyId)} →{" "}
                        {channelNames(rule.channelIds)}
                      </p>
                    </div>
                    <div className="flex items-start gap-2">
                      {rule.enabled ? (
                        <Badge tone="success">Enabled</Badge>
                      ) : (
                        <Badge>Disabled</Badge>
                      )}
                      {canManage ? (
                        <AlertsDeleteButton
                          id={rule.id}
                          name={rule.name}
                          label="Delete"
                          question={`Delete the rule ${rule.name}? Its alerts stop.`}
                          action={remove}
                        />
                      ) : null}
                    </div>
                  </div>
                  {canManage ? (
                    <details>
                      <summary className="cursor-pointer text-sm text-sky-800 underline dark:text-sky-300">
                        Edit {rule.name}
                      </summary>
                      <div className="pt-3">
                        <RuleForm
                          rule={rule}
                          channels={channels}
                          topologies={topologies}
                          save={save}
                        />
                      </div>
                    </details>
                  ) : null}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      {canManage ? (
        <Card>
          <h3 className="mb-3 font-semibold">New rule</h3>
          <RuleForm channels={channels} topologies={topologies} save={save} />
        </Card>
      ) : null}
    </AlertsSection>
  );
}
