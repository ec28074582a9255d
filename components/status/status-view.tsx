"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/components/review/fetch-json";
import { TopologyDiagram } from "@/components/topology/topology-diagram";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { TransitionView } from "@/lib/status/store";
import type { TopologyStatus } from "@/lib/status/types";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { ObjectState } from "@/lib/topology/diagram";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { ApplianceBar } from "./appliance-bar";
import { CertificatesCard } from "./certificates-card";
import { StatusTimeline } from "./status-timeline";
import { MemberTable, VserverTable } from "./status-tables";
import { diagramState } from "./state-words";
import { useNow } from "./use-now";
import { WatchingLine } from "./watching-line";

const DEFAULT_INTERVAL_MS = 5000;

/** The next poll: the appliance's interval, longer (retryAfterMs) while it is unreachable. */
export function refetchDelay(status: TopologyStatus | undefined): number {
  const appliance = status?.appliance;
  if (!appliance) return DEFAULT_INTERVAL_MS;
  return appliance.retryAfterMs || appliance.intervalMs || DEFAULT_INTERVAL_MS;
}

/** Diagram colours keyed by DesiredObject id; a service group is up while any member is. */
export function diagramStates(status: TopologyStatus): Partial<Record<string, ObjectState>> {
  const states: Partial<Record<string, ObjectState>> = {};
  for (const v of status.vservers) states[v.key] = diagramState(v.state);
  const groups = new Map<string, ObjectState[]>();
  for (const m of status.members) {
    const state = diagramState(m.state);
    states[m.key] = state;
    groups.set(m.serviceGroup, [...(groups.get(m.serviceGroup) ?? []), state]);
  }
  for (const [group, list] of groups) {
    states[`servicegroup/${group}`] = list.includes("up")
      ? "up"
      : list.every((s) => s === "down")
        ? "down"
        : list.every((s) => s === "out_of_service")
          ? "out_of_service"
          : "unknown";
  }
  return states;
}

export function StatusView({
  topologyId,
  title,
  kind,
  config,
  applianceName,
  initial,
  initialTransitions,
  statusUrl = `/api/topologies/${topologyId}/status`,
}: {
  topologyId: string;
  title: string;
  kind: TopologyKind;
  config: DesiredConfig;
  applianceName: string;
  initial: TopologyStatus;
  initialTransitions: TransitionView[];
  /** Where the status is polled (and its timeline read); a shared view uses its own route. */
  statusUrl?: string;
}) {
  const query = useQuery({
    queryKey: ["topology-status", topologyId],
    queryFn: () => fetchJson<TopologyStatus>(statusUrl),
    initialData: initial,
    initialDataUpdatedAt: Date.parse(initial.generatedAt),
    refetchInterval: (q) => refetchDelay(q.state.data),
    refetchIntervalInBackground: false,
  });
  const status = query.data;
  const now = useNow(Date.parse(initial.generatedAt));
  const objects = [
    ...status.vservers.map((v) => ({ key: v.key, label: v.name })),
    ...status.members.map((m) => ({
      key: m.key,
      label: `${m.server}:${m.port} (${m.serviceGroup})`,
    })),
  ];
  return (
    <div className="space-y-6">
      {status.notice ? <Alert tone="info">{status.notice}</Alert> : null}
      {query.isError ? (
        <Alert tone="warning" title="The status could not be refreshed">
          {query.error.message} The last status stays shown; it is retried automatically.
        </Alert>
      ) : null}
      {status.appliance ? (
        <Card>
          <ApplianceBar
            appliance={status.appliance}
            applianceName={applianceName}
            drift={status.drift}
            now={now}
          />
          {status.watching ? <WatchingLine watching={status.watching} now={now} /> : null}
        </Card>
      ) : null}
      {status.appliance ? (
        <>
          <Card>
            <h2 className="mb-3 text-base font-semibold">Virtual servers</h2>
            <VserverTable vservers={status.vservers} now={now} />
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold">Members</h2>
            <MemberTable members={status.members} now={now} />
          </Card>
          {status.certificates?.length ? (
            <Card>
              <CertificatesCard certificates={status.certificates} now={now} />
            </Card>
          ) : null}
          <Card>
            <h2 className="mb-3 text-base font-semibold">Diagram</h2>
            <TopologyDiagram
              config={config}
              kind={kind}
              title={title}
              states={diagramStates(status)}
            />
          </Card>
        </>
      ) : null}
      <Card>
        <StatusTimeline
          topologyId={topologyId}
          statusUrl={statusUrl}
          objects={objects}
          initial={initialTransitions}
          refetchMs={refetchDelay(status)}
        />
      </Card>
    </div>
  );
}
