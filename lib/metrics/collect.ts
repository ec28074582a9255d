// Pure: the Prometheus metrics of one scrape, from stored state only (topology statuses built
// from the stored snapshots, and the alert delivery counts). A fresh Registry per scrape, so
// nothing lingers between scrapes or leaks between tests the way prom-client's global one would.
import { Gauge, Registry } from "prom-client";
import type { ApplianceSnapshot, TopologyStatus } from "@/lib/status/types";

export interface MetricsTopology {
  /** Label values: names people recognise, made unique by labelValues(). */
  topology: string;
  appliance: string;
  status: TopologyStatus;
}

export interface MetricsAppliance {
  appliance: string;
  snapshot: ApplianceSnapshot | null;
}

export interface DeliveryCount {
  /** webhook / slack / teams / email. */
  channelKind: string;
  /** As the delivery log names it (delivered, failed, silenced, …). */
  outcome: string;
  count: number;
}

export interface MetricsInput {
  topologies: readonly MetricsTopology[];
  appliances: readonly MetricsAppliance[];
  /** null while deliveries are not stored: the metric is then left out, not reported as 0. */
  deliveries: readonly DeliveryCount[] | null;
  now: Date;
}

const PREFIX = "netscaler_ha_";

export function collectMetrics(input: MetricsInput): Registry {
  const registry = new Registry();
  const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Gauge<L>({ name: PREFIX + name, help, labelNames, registers: [registry] });

  const vsUp = gauge("vserver_up", "1 when the vserver is UP, else 0.", [
    "appliance",
    "topology",
    "vserver",
  ]);
  const vsState = gauge(
    "vserver_state",
    "1 for the vserver's current NITRO state (MISSING: not on the appliance).",
    ["appliance", "topology", "vserver", "state"],
  );
  const vsHealth = gauge("vserver_health_percent", "Vserver health as the appliance reports it.", [
    "appliance",
    "topology",
    "vserver",
  ]);
  const vsActive = gauge("vserver_active_members", "Members UP behind the vserver.", [
    "appliance",
    "topology",
    "vserver",
  ]);
  const vsTotal = gauge("vserver_members", "Members bound behind the vserver.", [
    "appliance",
    "topology",
    "vserver",
  ]);
  const memberUp = gauge("member_up", "1 when the member is UP, else 0.", [
    "appliance",
    "topology",
    "vserver",
    "member",
    "service_group",
  ]);
  const memberState = gauge("member_state", "1 for the member's current NITRO state.", [
    "appliance",
    "topology",
    "vserver",
    "member",
    "service_group",
    "state",
  ]);
  const certDays = gauge(
    "certificate_days_to_expiry",
    "Days until a certificate the topology uses expires (sslcertkey.daystoexpiration).",
    ["appliance", "topology", "certificate"],
  );
  const certLevel = gauge(
    "certificate_level",
    "1 for the certificate's level against CERT_WARN_DAYS (ok, warning, critical, expired, unknown).",
    ["appliance", "topology", "certificate", "level"],
  );

  for (const t of input.topologies) {
    const base = { appliance: t.appliance, topology: t.topology };
    for (const v of t.status.vservers) {
      const labels = { ...base, vserver: v.name };
      vsUp.set(labels, v.state === "UP" ? 1 : 0);
      vsState.set({ ...labels, state: v.state }, 1);
      if (v.health !== null) vsHealth.set(labels, v.health);
      vsActive.set(labels, v.activeMembers);
      vsTotal.set(labels, v.totalMembers);
    }
    for (const m of t.status.members) {
      const member = `${m.server}:${m.port}`;
      // A member behind two vservers is a series per vserver, so either can be filtered on.
      for (const vserver of m.vservers.length > 0 ? m.vservers : [""]) {
        const labels = { ...base, vserver, member, service_group: m.serviceGroup };
        memberUp.set(labels, m.state === "UP" ? 1 : 0);
        memberState.set({ ...labels, state: m.state }, 1);
      }
    }
    for (const c of t.status.certificates) {
      const labels = { ...base, certificate: c.name };
      if (c.daysToExpiry !== null) certDays.set(labels, c.daysToExpiry);
      certLevel.set({ ...labels, level: c.level }, 1);
    }
  }

  collectAppliances(input, gauge);
  if (input.deliveries) {
    const deliveries = gauge(
      "alert_deliveries",
      "Alert deliveries stored, by channel kind and outcome.",
      ["channel_kind", "outcome"],
    );
    for (const d of input.deliveries)
      deliveries.set({ channel_kind: d.channelKind, outcome: d.outcome }, d.count);
  }
  return registry;
}

type GaugeFactory = <L extends string>(
  name: string,
  help: string,
  labelNames: readonly L[],
) => Gauge<L>;

function collectAppliances(input: MetricsInput, gauge: GaugeFactory): void {
  const reachable = gauge("appliance_reachable", "1 when the last poll succeeded.", ["appliance"]);
  const duration = gauge("poll_duration_seconds", "How long the last poll took.", ["appliance"]);
  const failures = gauge(
    "poll_consecutive_failures",
    "Polls failed in a row (0 when the last succeeded).",
    ["appliance"],
  );
  const failure = gauge(
    "poll_failure",
    "1 with the kind of the last failed poll (unreachable, timeout, auth_failed, …).",
    ["appliance", "kind"],
  );
  const goodAge = gauge("last_good_poll_age_seconds", "Seconds since the last good poll.", [
    "appliance",
  ]);
  const pollAge = gauge(
    "last_poll_age_seconds",
    "Seconds since the last poll attempt, good or not.",
    ["appliance"],
  );
  const now = input.now.getTime();
  const age = (iso: string | null) => {
    const at = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(at) ? null : Math.max(0, (now - at) / 1000);
  };
  for (const { appliance, snapshot: s } of input.appliances) {
    const labels = { appliance };
    reachable.set(labels, s && s.updatedAt !== null && s.failure === null ? 1 : 0);
    if (!s) continue;
    if (s.lastPollMs !== undefined) duration.set(labels, s.lastPollMs / 1000);
    failures.set(labels, s.consecutiveFailures);
    if (s.failure) failure.set({ appliance, kind: s.failure.kind }, 1);
    const good = age(s.updatedAt);
    if (good !== null) goodAge.set(labels, good);
    const attempt = age(s.checkedAt);
    if (attempt !== null) pollAge.set(labels, attempt);
  }
}
