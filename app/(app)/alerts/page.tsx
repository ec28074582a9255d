import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AlertsAutoRefresh } from "@/components/alerts/auto-refresh";
import { ChannelsSection } from "@/components/alerts/channels-section";
import { DeliveryLog } from "@/components/alerts/delivery-log";
import { FiringList } from "@/components/alerts/firing-list";
import { RulesSection } from "@/components/alerts/rules-section";
import { SilencesSection } from "@/components/alerts/silences-section";
import { PageHeader } from "@/components/ui/page-header";
import { listChannels } from "@/lib/alerts/store/channels";
import { listDeliveries } from "@/lib/alerts/store/deliveries";
import { listRules, listTopologyChoices } from "@/lib/alerts/store/rules";
import { listSilences } from "@/lib/alerts/store/silences";
import { listFiring } from "@/lib/alerts/store/states";
import { canInWorkspace } from "@/lib/auth/appliance-grant";
import { requireAppSession } from "@/lib/auth/session";
import {
  createAlertSilenceAction,
  deleteAlertChannelAction,
  deleteAlertRuleAction,
  endAlertSilenceAction,
  saveAlertChannelAction,
  saveAlertRuleAction,
  testAlertChannelAction,
} from "./actions";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const session = await requireAppSession();
  if (!(await canInWorkspace(session, "alerts:read"))) notFound();
  const workspaceId = session.workspaceId;
  const [firing, rules, channels, silences, deliveries, topologies, canManage] = await Promise.all([
    listFiring(workspaceId),
    listRules(workspaceId),
    listChannels(workspaceId),
    listSilences(workspaceId),
    listDeliveries(workspaceId, 50),
    listTopologyChoices(workspaceId),
    canInWorkspace(session, "alerts:manage"),
  ]);
  const topologyNames = Object.fromEntries(topologies.map((t) => [t.id, t.name]));
  const ruleNames = Object.fromEntries(rules.map((r) => [r.id, r.name]));
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Rules watch the stored status of every topology with an appliance, whether or not anyone has a page open, and send firing and resolved notices to channels. Webhook URLs and keys are stored encrypted and never shown again."
      />
      <AlertsAutoRefresh />
      <nav aria-label="Alerts sections" className="mb-6 flex flex-wrap gap-3 text-sm">
        {[
          ["#firing", `Firing now (${firing.length})`],
          ["#rules", "Rules"],
          ["#channels", "Channels"],
          ["#silences", "Silences"],
          ["#deliveries", "Delivery log"],
        ].map(([href, label]) => (
          <a key={href} href={href} className="text-sky-800 underline dark:text-sky-300">
            {label}
          </a>
        ))}
      </nav>
      <div className="space-y-10">
        <FiringList firing={firing} topologyNames={topologyNames} />
        <RulesSection
          rules={rules}
          channels={channels}
          topologies={topologies}
          canManage={canManage}
          save={saveAlertRuleAction}
          remove={deleteAlertRuleAction}
        />
        <ChannelsSection
          channels={channels}
          canManage={canManage}
          save={saveAlertChannelAction}
          remove={deleteAlertChannelAction}
          test={testAlertChannelAction}
        />
        <SilencesSection
          silences={silences}
          topologies={topologies}
          rules={rules}
          topologyNames={topologyNames}
          ruleNames={ruleNames}
          canManage={canManage}
          create={createAlertSilenceAction}
          end={endAlertSilenceAction}
        />
        <DeliveryLog deliveries={deliveries} />
      </div>
    </>
  );
}
