// One evaluation of every enabled rule against STORED state (the pollers' snapshots, the
// topologies' watch sets, the stored drift checks), never the appliances themselves: the
// lease holder (runtime.ts) runs it about every poll interval.
import { getEnv } from "@/lib/env";
import { loadWatchTarget, type WatchTarget } from "@/lib/status/load-watch";
import { certificatesUsed } from "@/lib/status/certificates";
import { loadDriftCheck } from "@/lib/status/drift-store";
import { loadSnapshot } from "@/lib/status/store";
import type { ApplianceSnapshot } from "@/lib/status/types";
import { dispatchNotice } from "./dispatch";
import { makeNotice, type Notice } from "./notice";
import {
  effectiveHoldMs,
  observe,
  type DriftFacts,
  haSyncFacts,
  type HaSyncFacts,
  type Observation,
} from "./observe";
import type { Enqueue } from "./queue";
import { enqueueDelivery } from "./queue";
import {
  listWatchedTopologies,
  loadEnabledRules,
  type EvaluatedRule,
  type RuleView,
} from "./store/rules";
import { loadStates, resolveOutOfScope, saveState, type StateDetail } from "./store/states";
import { step, type NoticeKind } from "./transition";

export interface EvaluatorSources {
  /** The topology's watch set and appliance (document → compile). */
  loadTarget: (workspaceId: string, topologyId: string, version: string) => Promise<WatchTarget>;
  /** The topology's stored drift check; null until one is stored. */
  drift: (topologyId: string) => Promise<DriftFacts | null>;
  /** The appliance's HA synchronisation; null while the HA pair is not read. */
  haSync: (snapshot: ApplianceSnapshot | null) => HaSyncFacts | null;
  enqueue: Enqueue;
}

const compiled = new Map<string, { version: string; target: Promise<WatchTarget> }>();

/**
 * The watch set compiled once per topology version: evaluation runs every few seconds, and
 * validating and compiling every document each time would cost more than the rest of it.
 */
function cachedWatchTarget(
  workspaceId: string,
  topologyId: string,
  version: string,
): Promise<WatchTarget> {
  const hit = compiled.get(topologyId);
  if (hit?.version === version) return hit.target;
  const target = loadWatchTarget(workspaceId, topologyId);
  compiled.set(topologyId, { version, target });
  // A failed load is not kept: the next evaluation tries again.
  target.catch(() => compiled.delete(topologyId));
  return target;
}

/** The stored drift check (lib/status/drift-store.ts); null until one has a result. */
async function storedDrift(topologyId: string): Promise<DriftFacts | null> {
  const check = await loadDriftCheck(topologyId);
  if (!check || check.changes === null) return null;
  return { changes: check.changes, checkedAt: check.checkedAt?.toISOString() ?? null };
}

export const defaultSources: EvaluatorSources = {
  loadTarget: cachedWatchTarget,
  drift: storedDrift,
  haSync: haSyncFacts,
  enqueue: enqueueDelivery,
};

export interface EvaluationResult {
  notices: Notice[];
}

function statusUrl(topologyId: string): string | null {
  const base = getEnv().APP_URL;
  return base ? new URL(`/topologies/${topologyId}/status`, base).toString() : null;
}

export async function evaluateOnce(
  now = new Date(),
  sources: EvaluatorSources = defaultSources,
): Promise<EvaluationResult> {
  const rules = await loadEnabledRules();
  if (rules.length === 0) return { notices: [] };
  const topologies = await listWatchedTopologies([...new Set(rules.map((r) => r.workspaceId))]);
  const targets = new Map<string, Promise<WatchTarget>>();
  const snapshots = new Map<string, Promise<ApplianceSnapshot | null>>();
  const drifts = new Map<string, Promise<DriftFacts | null>>();
  const notices: Notice[] = [];

  for (const rule of rules) {
    const scope = topologies.filter(
      (t) => t.workspaceId === rule.workspaceId && (!rule.topologyId || t.id === rule.topologyId),
    );
    // Alerts on topologies the rule no longer watches resolve without a notice.
    await resolveOutOfScope(
      rule.id,
      scope.map((t) => t.id),
      now,
    );
    for (const topology of scope) {
      const key = `${topology.workspaceId}/${topology.id}`;
      if (!targets.has(key))
        targets.set(
          key,
          sources.loadTarget(
            topology.workspaceId,
            topology.id,
            `${topology.updatedAt.getTime()}/${topology.applianceId ?? ""}`,
          ),
        );
      const target = await targets.get(key)!;
      if (!target.ok) continue;
      if (!snapshots.has(target.applianceId))
        snapshots.set(target.applianceId, loadSnapshot(target.applianceId));
      const snapshot = await snapshots.get(target.applianceId)!;
      if (rule.kind === "drift" && !drifts.has(topology.id))
        drifts.set(topology.id, sources.drift(topology.id));
      const observations = observe({
        kind: rule.kind,
        threshold: rule.threshold,
        watch: target.watch,
        snapshot,
        drift: rule.kind === "drift" ? await drifts.get(topology.id)! : null,
        haSync: rule.kind === "ha_sync_failure" ? sources.haSync(snapshot) : null,
        usedCertificates:
          rule.kind === "certificate_expiring"
            ? certificatesUsed(target.desired).map((c) => c.name)
            : null,
      });
      if (!observations) continue;
      notices.push(...(await evaluateRule(rule, topology, observations, now, sources.enqueue)));
    }
  }
  return { notices };
}

async function evaluateRule(
  rule: EvaluatedRule,
  topology: { id: string; name: string },
  observations: Observation[],
  now: Date,
  enqueue: Enqueue,
): Promise<Notice[]> {
  const states = await loadStates(rule.id, topology.id);
  const seen = new Map(observations.map((o) => [o.objectKey, o]));
  // An object that left the topology counts as cleared.
  for (const [objectKey, state] of states)
    if (!seen.has(objectKey) && state.status !== "resolved")
      seen.set(objectKey, {
        objectKey,
        label: objectKey,
        active: false,
        state: "REMOVED",
        since: null,
        monitor: null,
        detail: "no longer part of the topology",
      });
  const holdMs = effectiveHoldMs(rule.kind, rule.holdSeconds, rule.threshold);
  const notices: Notice[] = [];
  for (const observation of seen.values()) {
    const prev = states.get(observation.objectKey) ?? null;
    const { next, notify } = step(prev, observation.active, now, holdMs);
    if (!next) continue;
    const stateId = await saveState({
      ruleId: rule.id,
      workspaceId: rule.workspaceId,
      topologyId: topology.id,
      objectKey: observation.objectKey,
      label: observation.label,
      life: next,
      detail: detailOf(observation),
    });
    if (!notify) continue;
    const notice = noticeFor(rule, topology, observation, notify, now);
    notices.push(notice);
    await dispatchNotice(
      {
        workspaceId: rule.workspaceId,
        channels: rule.channels,
        notice,
        stateId,
        scope: { topologyId: topology.id, ruleId: rule.id, objectKey: observation.objectKey },
      },
      enqueue,
      now,
    );
  }
  return notices;
}

function detailOf(o: Observation): StateDetail {
  return {
    state: o.state,
    since: o.since,
    detail: o.detail,
    monitor: o.monitor ? { ...o.monitor } : null,
  };
}

function noticeFor(
  rule: RuleView,
  topology: { id: string; name: string },
  o: Observation,
  event: NoticeKind,
  now: Date,
): Notice {
  return makeNotice({
    event,
    rule: { id: rule.id, name: rule.name, kind: rule.kind },
    topology: { id: topology.id, name: topology.name },
    object: { key: o.objectKey, label: o.label },
    state: o.state,
    since: o.since,
    monitor: o.monitor ? { ...o.monitor } : null,
    detail: o.detail,
    at: now.toISOString(),
    url: statusUrl(topology.id),
  });
}
