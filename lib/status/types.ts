// The JSON the status route returns (documented for the UI in README.md) and the internal
// appliance snapshot it is built from. Everything is plain JSON: ISO date strings, no Dates.

/** NITRO state tokens as the appliance spells them ("UP", "OUT OF SERVICE", …). */
export type StateToken = string;

export interface StatusFailure {
  /** A NitroError kind (unreachable, dns, timeout, auth_failed, tls, …) or "internal". */
  kind: string;
  /** One sentence for people; never contains a secret. */
  message: string;
}

export interface ApplianceBar {
  applianceId: string;
  /** The last poll succeeded. */
  reachable: boolean;
  /** Why the last poll failed (null when it succeeded). */
  failure: StatusFailure | null;
  /**
   * primary / secondary / standalone (config/hanode, the reading the connection test makes);
   * "pending" before the first HA read of a never-watched appliance; "unknown" when the
   * appliance does not let this user read hanode.
   */
  haRole: string;
  /** Unsaved configuration on the appliance (null: not known yet). */
  configChanged: boolean | null;
  /** When the data shown was read (last good poll); null before the first good poll. */
  updatedAt: string | null;
  /** When the last poll attempt ended, good or not. */
  checkedAt: string | null;
  /** The data is from a failed or missed poll (three intervals without a good one). */
  stale: boolean;
  intervalMs: number;
  /** Suggested client refetch delay: grows while the appliance is unreachable. */
  retryAfterMs: number;
}

export interface VserverStatus {
  /** DesiredObject id, e.g. "lbvserver/igel_vs_8443" (the history objectKey). */
  key: string;
  name: string;
  ip: string | null;
  port: number | null;
  type: string | null;
  /** effectivestate (accounts for a backup vserver), else curstate; "MISSING" if absent. */
  state: StateToken;
  enabled: boolean;
  /** % of the weight of active services (0–100), as the appliance reports it. */
  health: number | null;
  activeMembers: number;
  totalMembers: number;
  /** When the current state began, if seen (ISO); null when it predates watching. */
  since: string | null;
}

export interface MemberStatus {
  /** DesiredObject id "servicegroup_servicegroupmember_binding/<sg>/<server>/<port>". */
  key: string;
  serviceGroup: string;
  /** The vservers this member's group is bound to in the topology. */
  vservers: string[];
  server: string;
  ip: string | null;
  port: number;
  state: StateToken;
  enabled: boolean;
  customServerId: string | null;
  since: string | null;
  /** Monitor response / reason for a DOWN member when the appliance provides it. */
  reason: string | null;
}

export interface DriftStatus {
  /** Planner changes an apply would make now; > 0 = configuration drift. */
  changes: number;
  checkedAt: string;
  /** The review page that shows the plan fixing it. */
  planUrl: string;
  /** What differs: one line per object an apply would change (names only, never values). */
  differences?: DriftDifference[];
  /** The plan's hash: the review page shows the same plan while nothing changes. */
  planHash?: string | null;
  /** Why the latest check failed (the result above is then the last good one). */
  error?: string | null;
}

/** One object drift would change, as the stored check names it. */
export interface DriftDifference {
  /** create / update / replace / delete / conflict. */
  action: string;
  resource: string;
  label: string;
  /** Attribute names that differ (update, replace); values are never stored. */
  attributes: string[];
}

/** The always-on watcher's view of a topology: the "watching" line on its status page. */
export interface WatchingStatus {
  /** An appliance with this topology applied is polled all the time (lib/status/watcher.ts). */
  watched: boolean;
  /** When the appliance was last polled, by any instance (ISO); null before the first poll. */
  lastPollAt: string | null;
  intervalMs: number;
  /** When the next scheduled drift check is due (ISO); null when scheduled checks are off. */
  nextDriftCheckAt: string | null;
  /** DRIFT_CHECK_INTERVAL_MINUTES in ms; 0 = scheduled checks off. */
  driftEveryMs: number;
  /** Why the latest drift check failed (e.g. the appliance was unreachable); null when it ran. */
  driftError: string | null;
}

/** How close a used certificate is to expiry (lib/status/certificates.ts). */
export type CertificateLevel = "ok" | "warning" | "critical" | "expired" | "unknown";

export interface CertificateStatus {
  /** The sslcertkey name. */
  name: string;
  /** Where the topology uses it, in people's words. */
  usedBy: string[];
  /** Days left as the appliance counts them; null when not read yet or not on the appliance. */
  daysToExpiry: number | null;
  /** The certificate's expiry date (ISO) when the appliance reports it. */
  expiresAt: string | null;
  /** unknown = not read yet, not on the appliance, or no expiry reported. */
  level: CertificateLevel;
  /** The threshold (days) it is at or below; 0 once expired; null when ok or unknown. */
  thresholdDays: number | null;
  /** Read, and the appliance has no certificate of this name. */
  missing: boolean;
  /** When the appliance's certificates were read (ISO); null before the first read. */
  readAt: string | null;
}

export interface TopologyStatus {
  topologyId: string;
  /** Set when there is nothing to watch (no appliance, incomplete topology). */
  notice: string | null;
  appliance: ApplianceBar | null;
  vservers: VserverStatus[];
  members: MemberStatus[];
  drift: DriftStatus | null;
  /** Set by the status registry for every topology with an appliance (absent with a notice). */
  watching?: WatchingStatus;
  /** Every certificate the topology uses, with its expiry level (empty for a notice). */
  certificates: CertificateStatus[];
  generatedAt: string;
}

/** One object as read from the appliance (internal; stored as JSON for other instances). */
export interface LiveVserver {
  name: string;
  ip: string | null;
  port: number | null;
  type: string | null;
  state: StateToken;
  enabled: boolean;
  health: number | null;
  active: number | null;
  total: number | null;
  since: string | null;
}

export interface LiveMember {
  serviceGroup: string;
  server: string;
  ip: string | null;
  port: number;
  state: StateToken;
  enabled: boolean;
  customServerId: string | null;
  since: string | null;
  /** The monitor's view of a DOWN member (read only while something is DOWN); null otherwise. */
  monitor?: LiveMonitor | null;
}

/** One monitor binding of a member, from servicegroup_servicegroupentitymonbindings_binding. */
export interface LiveMonitor {
  name: string;
  /** monitor_state as the appliance spells it ("DOWN", "UP", …). */
  state: string;
  /** lastresponse, e.g. "Failure - TCP syn sent, no response"; never contains a secret. */
  lastResponse: string | null;
}

/** Peer and sync facts of the last hanode read (lib/nitro/ha-state.ts). */
export interface LiveHa {
  peerAddress: string | null;
  /** Set when this node is the secondary: where configuration changes must go. */
  primaryAddress: string | null;
  peerRole: string | null;
  haStatus: string | null;
  syncState: string | null;
  syncFailureReason: string | null;
}

/** One sslcertkey as read (at most hourly). */
export interface LiveCertificate {
  name: string;
  /** sslcertkey.daystoexpiration; negative or 0 once expired; null if the appliance omits it. */
  daysToExpiry: number | null;
  /** The certificate's notafter as an ISO date when the appliance reports it. */
  expiresAt: string | null;
}

export interface ApplianceSnapshot {
  applianceId: string;
  /** Last good data; empty before the first good poll. */
  vservers: Record<string, LiveVserver>;
  /** Keyed by memberKey(). */
  members: Record<string, LiveMember>;
  haRole: string;
  /** When hanode was last read (ISO); null/absent = not yet (haRole may be seeded). */
  haReadAt?: string | null;
  /** Peer and sync facts from the same hanode read, for HA-pair views. */
  ha?: LiveHa | null;
  configChanged: boolean | null;
  updatedAt: string | null;
  checkedAt: string | null;
  failure: StatusFailure | null;
  consecutiveFailures: number;
  intervalMs: number;
  /** How long the last poll took (ms), good or not; absent before the first poll. */
  lastPollMs?: number;
  /** Every sslcertkey on the appliance by name; absent until first read. */
  certificates?: Record<string, LiveCertificate>;
  /** When `certificates` was read (ISO); they are re-read at most hourly. */
  certificatesReadAt?: string | null;
}

/** What one topology watches, derived from its compiled DesiredConfig. */
export interface WatchSet {
  topologyId: string;
  vservers: Array<{ key: string; name: string; label: string; groups: string[] }>;
  members: Array<{
    key: string;
    label: string;
    serviceGroup: string;
    server: string;
    port: number;
    vservers: string[];
  }>;
  /** The certificates the topology uses (lib/status/certificates.ts certificatesUsed). */
  certificates?: Array<{ name: string; usedBy: string[] }>;
}
