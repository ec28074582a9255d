// Pure: what one rule sees in one topology's stored state. Each observation says whether the
// rule's condition holds for one object now; the evaluator turns observations into alert state.
import { APPLIANCE_KEY } from "@/lib/status/keys";
import type { ApplianceSnapshot, LiveMonitor, WatchSet } from "@/lib/status/types";
import type { RuleKind } from "./kinds";

export interface Observation {
  objectKey: string;
  label: string;
  /** The condition holds (the object is DOWN, below the threshold, …). */
  active: boolean;
  state: string | null;
  since: string | null;
  monitor: LiveMonitor | null;
  detail: string | null;
}

/** HA synchronisation of an appliance with a peer, from the snapshot's hanode facts. */
export interface HaSyncFacts {
  /** The appliance's sync state token, e.g. "SUCCESS", "FAILED", "IN PROGRESS". */
  state: string;
  failing: boolean;
  since: string | null;
}

/** The latest stored drift check of the topology (lib/status drift store), when there is one. */
export interface DriftFacts {
  changes: number | null;
  checkedAt: string | null;
}

export interface ObserveInput {
  kind: RuleKind;
  threshold: number | null;
  watch: WatchSet;
  snapshot: ApplianceSnapshot | null;
  drift: DriftFacts | null;
  haSync: HaSyncFacts | null;
  /** Certificates the topology uses (names); null: judge every certificate of the appliance. */
  usedCertificates: readonly string[] | null;
}

/**
 * The observations, or null when the stored state cannot say (no good poll yet, or the data
 * is from before the appliance became unreachable): the alert state then stays as it is, so a
 * poll gap never resolves, nor fires, anything.
 */
export function observe(input: ObserveInput): Observation[] | null {
  const s = input.snapshot;
  if (input.kind === "appliance_unreachable") {
    if (!s || !s.checkedAt) return null;
    return [
      {
        objectKey: APPLIANCE_KEY,
        label: "Appliance",
        active: s.failure !== null,
        state: s.failure ? s.failure.kind.toUpperCase() : "REACHABLE",
        since: s.failure ? (s.updatedAt ?? s.checkedAt) : s.updatedAt,
        monitor: null,
        detail: s.failure?.message ?? null,
      },
    ];
  }
  if (input.kind === "drift") {
    if (!input.drift || input.drift.changes === null) return null;
    return [
      {
        objectKey: "drift",
        label: "Configuration drift",
        active: input.drift.changes > 0,
        state: `${input.drift.changes} change${input.drift.changes === 1 ? "" : "s"}`,
        since: input.drift.checkedAt,
        monitor: null,
        detail: input.drift.changes > 0 ? "an apply would change the appliance" : null,
      },
    ];
  }
  if (input.kind === "ha_sync_failure") {
    if (!input.haSync) return null;
    return [
      {
        objectKey: "ha-sync",
        label: "HA synchronisation",
        active: input.haSync.failing,
        state: input.haSync.state,
        since: input.haSync.since,
        monitor: null,
        detail: null,
      },
    ];
  }
  // Everything else needs fresh data from a good poll.
  if (!s || !s.updatedAt || s.failure !== null) return null;
  switch (input.kind) {
    case "member_down":
      return input.watch.members.map((w) => {
        const live = s.members[w.key];
        return {
          objectKey: w.key,
          label: `${w.label} (${live?.ip ?? w.server}:${w.port}, ${w.serviceGroup})`,
          active: live?.state === "DOWN",
          state: live?.state ?? "MISSING",
          since: live?.since ?? null,
          monitor: live?.monitor ?? null,
          detail: null,
        };
      });
    case "vserver_down":
    case "health_below":
      return input.watch.vservers.map((w) => {
        const live = s.vservers[w.name];
        const health = live?.health ?? null;
        const active =
          input.kind === "vserver_down"
            ? live?.state === "DOWN"
            : health !== null && health < (input.threshold ?? 0);
        return {
          objectKey: w.key,
          label: `${w.label} (${w.name})`,
          active,
          state:
            input.kind === "health_below"
              ? health === null
                ? "health unknown"
                : `health ${health} %`
              : (live?.state ?? "MISSING"),
          since: live?.since ?? null,
          monitor: null,
          detail: input.kind === "health_below" ? `threshold ${input.threshold ?? 0} %` : null,
        };
      });
    case "config_unsaved":
      if (s.configChanged === null) return null;
      return [
        {
          objectKey: "config",
          label: "Saved configuration",
          active: s.configChanged,
          state: s.configChanged ? "UNSAVED CHANGES" : "SAVED",
          since: null,
          monitor: null,
          detail: null,
        },
      ];
    case "certificate_expiring": {
      if (!s.certificates || !s.certificatesReadAt) return null;
      const limit = input.threshold ?? 30;
      const names = input.usedCertificates ?? Object.keys(s.certificates);
      return names.flatMap((name) => {
        const cert = s.certificates?.[name];
        if (!cert) return [];
        const days = cert.daysToExpiry;
        return [
          {
            objectKey: `sslcertkey/${name}`,
            label: `Certificate ${name}`,
            active: days !== null && days <= limit,
            state: days === null ? "expiry unknown" : days <= 0 ? "EXPIRED" : `${days} days left`,
            since: cert.expiresAt,
            monitor: null,
            detail: cert.expiresAt ? `expires ${cert.expiresAt}` : null,
          },
        ];
      });
    }
  }
}

/** How long the condition must hold: the rule's hold, or the unsaved-for minutes if longer. */
export function effectiveHoldMs(kind: RuleKind, holdSeconds: number, threshold: number | null) {
  const hold = holdSeconds * 1000;
  return kind === "config_unsaved" ? Math.max(hold, (threshold ?? 0) * 60_000) : hold;
}

/**
 * The snapshot's HA sync facts (`ha`, from hanode): null without a peer (standalone, or not
 * read yet). A sync failure reason, or a sync state saying it failed, counts as failing.
 */
export function haSyncFacts(snapshot: ApplianceSnapshot | null): HaSyncFacts | null {
  const ha = snapshot?.ha;
  if (!snapshot || !ha || !ha.peerAddress) return null;
  const failing = ha.syncFailureReason !== null || /fail/i.test(ha.syncState ?? "");
  return {
    state: ha.syncFailureReason ? `FAILED: ${ha.syncFailureReason}` : (ha.syncState ?? "UNKNOWN"),
    failing,
    since: snapshot.haReadAt ?? null,
  };
}
