import "server-only";
// One scrape: the stored snapshots and the topologies' watch sets, judged exactly as the status
// route judges them (buildTopologyStatus), and the alert delivery log's counts, rendered in the
// Prometheus text format. No NITRO.
import { countDeliveriesByKindAndStatus } from "@/lib/alerts/store/deliveries";
import { buildTopologyStatus } from "@/lib/status/build";
import { certWarnDays } from "@/lib/status/config";
import { loadWatchTarget } from "@/lib/status/load-watch";
import { loadSnapshot } from "@/lib/status/store";
import type { ApplianceSnapshot } from "@/lib/status/types";
import { collectMetrics, type MetricsAppliance, type MetricsTopology } from "./collect";
import { uniqueLabels } from "./labels";
import { listWatchedTopologies } from "./store";

export interface MetricsText {
  body: string;
  contentType: string;
}

export async function scrapeMetrics(now = new Date()): Promise<MetricsText> {
  const rows = await listWatchedTopologies();
  const applianceIds = [...new Set(rows.map((r) => r.applianceId))];
  const snapshots = new Map<string, ApplianceSnapshot | null>(
    await Promise.all(applianceIds.map(async (id) => [id, await loadSnapshot(id)] as const)),
  );
  const applianceLabel = uniqueLabels(
    rows.map((r) => ({ id: r.applianceId, name: r.applianceName })),
  );
  const topologyLabel = uniqueLabels(rows.map((r) => ({ id: r.id, name: r.name })));
  const thresholds = certWarnDays();

  const topologies: MetricsTopology[] = [];
  for (const row of rows) {
    const snapshot = snapshots.get(row.applianceId);
    if (!snapshot) continue; // never polled: nothing stored to report yet
    const target = await loadWatchTarget(row.workspaceId, row.id);
    if (!target.ok || target.applianceId !== row.applianceId) continue;
    topologies.push({
      topology: topologyLabel(row.id),
      appliance: applianceLabel(row.applianceId),
      status: buildTopologyStatus(target.watch, snapshot, null, now, thresholds),
    });
  }
  const appliances: MetricsAppliance[] = applianceIds.map((id) => ({
    appliance: applianceLabel(id),
    snapshot: snapshots.get(id) ?? null,
  }));
  const deliveries = await countDeliveriesByKindAndStatus();
  const registry = collectMetrics({ topologies, appliances, deliveries, now });
  return { body: await registry.metrics(), contentType: registry.contentType };
}
