// One poller per appliance in this process. Each tick it renews the appliance's lease: the
// holder reads the appliance (≤ 3 requests), records transitions, stores the snapshot for
// the other instances and starts the drift checks that are due; an instance without the lease
// serves that stored snapshot and retries the lease the moment it expires. Ticks are
// sequential (the next is scheduled when one ends) and reads have retries off and a timeout
// below the interval, so polls never overlap. A poller the watcher pins (an applied topology)
// never idles out; one started by a viewer stops after IDLE_INTERVALS without one.
import { getApplianceConnection } from "@/lib/appliances/store";
import { acquireLease, loadSnapshot, releaseLease, storeSnapshot } from "@/lib/status/store";
import { pruneTransitions, recordTransitions } from "@/lib/status/store";
import { log } from "@/lib/log";
import { getNitroClient, type ApplianceConnection, type NitroClient } from "@/lib/nitro";
import { IDLE_INTERVALS, LEASE_TTL_INTERVALS, statusRetentionDays } from "./config";
import { DriftScheduler, type DriftTarget } from "./drift";
import { describeFailure } from "./failure";
import { readAppliance } from "./read-appliance";
import { systemReadFor } from "./poll-reads";
import { applyFailure, applyRead, emptySnapshot, seedSnapshot } from "./snapshot";
import type { ApplianceSnapshot, WatchSet } from "./types";

const PRUNE_EVERY_MS = 60 * 60_000;

export interface PollerOptions {
  instanceId: string;
  intervalMs: number;
  /** Test seam: the stored connection is used otherwise. */
  connection?: (workspaceId: string, applianceId: string) => Promise<ApplianceConnection>;
  /** DRIFT_CHECK_INTERVAL_MINUTES in ms (0: only checks someone asked for). */
  driftEveryMs: number;
  onStop: () => void;
  /** After every tick: whether this instance polled (leader) or served the stored snapshot. */
  onTick?: (tick: PollerTick) => void;
  onDriftChecked?: (topologyId: string) => void;
}

export interface PollerTick {
  applianceId: string;
  leader: boolean;
  /** Polls made as the leader so far. */
  polls: number;
  /** When the tick began (ms since the epoch). */
  startedAt: number;
  /** When it was due: startedAt − scheduledAt is its lateness (the benchmark's adherence). */
  scheduledAt: number;
}

/** A topology this poller watches: its watch set and the design drift is checked against. */
export interface PollerTarget extends DriftTarget {
  watch: WatchSet;
}

interface Watched extends PollerTarget {
  lastSeen: number;
}

export class AppliancePoller {
  snapshot: ApplianceSnapshot;
  /** This instance holds the lease and reads the appliance itself. */
  leader = false;
  /** Polls this instance made as the leader (tests and the benchmark divide requests by it). */
  polls = 0;
  private readonly watched = new Map<string, Watched>();
  /** Applied topologies on this appliance, set by the watcher: polled without a viewer. */
  private pinned = new Map<string, PollerTarget>();
  private readonly drift: DriftScheduler;
  private client?: NitroClient;
  private pollsOnClient = 0;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private lastPrune = 0;
  private readonly startedAt = Date.now();
  /** When the next tick is due: a fixed grid while leading, so late ticks do not add up. */
  private due = 0;
  private firstTick: Promise<void>;
  private resolveFirst!: () => void;

  constructor(
    readonly workspaceId: string,
    readonly applianceId: string,
    private readonly options: PollerOptions,
  ) {
    this.snapshot = emptySnapshot(applianceId, options.intervalMs);
    this.firstTick = new Promise((resolve) => (this.resolveFirst = resolve));
    this.drift = new DriftScheduler({
      workspaceId,
      applianceId,
      everyMs: options.driftEveryMs,
      onChecked: (topologyId) => options.onDriftChecked?.(topologyId),
    });
  }

  start(): void {
    void this.tick();
  }

  /** A viewer looked at this topology (the route calls this on every request). */
  touch(target: PollerTarget): void {
    this.watched.set(target.topologyId, { ...target, lastSeen: Date.now() });
  }

  /** The watcher's list of applied topologies on this appliance (replaces the previous one). */
  pin(targets: readonly PollerTarget[]): void {
    this.pinned = new Map(targets.map((t) => [t.topologyId, t]));
  }

  /** No topology is applied here any more: back to stopping without viewers. */
  unpin(): void {
    this.pinned = new Map();
  }

  get isPinned(): boolean {
    return this.pinned.size > 0;
  }

  /** Starts the due drift checks now if this instance holds the lease (else at its next poll). */
  checkDriftNow(): void {
    if (this.leader) this.drift.kick(this.targets());
  }

  /** Resolves after the first tick (or after `ms`, whichever comes first). */
  async ready(ms: number): Promise<void> {
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      this.firstTick,
      new Promise<void>((resolve) => (timeout = setTimeout(resolve, ms))),
    ]);
    clearTimeout(timeout);
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.resolveFirst();
    this.options.onStop();
    await this.drift.stop();
    await this.dropClient();
    if (this.leader) await releaseLease(this.applianceId, this.options.instanceId).catch(() => {});
    this.leader = false;
  }

  /**
   * Stops polling and forgets the appliance's client without releasing the lease or logging
   * out, as a killed process would (tests and the benchmark prove the takeover with it).
   */
  async abandon(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.resolveFirst();
    this.options.onStop();
    await this.drift.stop();
    this.client = undefined;
    this.leader = false;
  }

  private idle(now: number): boolean {
    if (this.pinned.size > 0) return false;
    // Started counts as seen: the first viewer touches right after start().
    const last = Math.max(this.startedAt, ...[...this.watched.values()].map((w) => w.lastSeen));
    return now - last > IDLE_INTERVALS * this.options.intervalMs;
  }

  private async tick(): Promise<void> {
    const started = Date.now();
    const scheduled = this.due || started;
    if (this.idle(started)) {
      await this.stop();
      return;
    }
    const interval = this.options.intervalMs;
    let retryLeaseInMs = interval;
    try {
      const lease = await acquireLease(
        this.applianceId,
        this.options.instanceId,
        LEASE_TTL_INTERVALS * interval,
      );
      this.leader = lease.leader;
      retryLeaseInMs = lease.expiresInMs;
      if (this.leader) {
        await this.poll();
        this.drift.kick(this.targets());
      } else await this.follow();
    } catch (error) {
      // A database hiccup: keep the last snapshot and try again next tick.
      log.warn(`status poller for appliance ${this.applianceId}: ${String(error)}`);
    }
    this.resolveFirst();
    if (this.stopped) return;
    this.options.onTick?.({
      applianceId: this.applianceId,
      leader: this.leader,
      polls: this.polls,
      startedAt: started,
      scheduledAt: scheduled,
    });
    const now = Date.now();
    // Leading: the next poll is due one interval after this one was (a poll that overran
    // starts the next at once). Another instance holds the lease: try again the moment it
    // expires, so a holder that died without releasing it is replaced within
    // LEASE_TTL_INTERVALS.
    this.due = this.leader
      ? Math.max(scheduled + interval, now)
      : now + Math.min(Math.max(0, interval - (now - started)), retryLeaseInMs + 25);
    this.timer = setTimeout(() => void this.tick(), this.due - now);
    this.timer.unref();
  }

  private async follow(): Promise<void> {
    await this.dropClient();
    const shared = await loadSnapshot(this.applianceId);
    if (shared) this.snapshot = shared;
  }

  private async poll(): Promise<void> {
    this.polls++;
    const now = () => new Date();
    let result;
    const pollStarted = performance.now();
    // The poll that logs in has no room for an HA read: start from the last stored reading.
    if (this.polls === 1 && !this.snapshot.haReadAt)
      this.snapshot = seedSnapshot(
        this.snapshot,
        await loadSnapshot(this.applianceId).catch(() => null),
      );
    try {
      const client = await this.getClient();
      const system = systemReadFor({
        pollOnClient: this.pollsOnClient++,
        certificatesReadAt: this.snapshot.certificatesReadAt,
        now: now(),
      });
      result = applyRead(this.snapshot, await readAppliance(client, system), now());
    } catch (error) {
      result = applyFailure(this.snapshot, describeFailure(error), now());
      // Credentials or TLS settings may have been edited: reconnect from the stored row.
      await this.dropClient();
    }
    // For /metrics (poll_duration_seconds): the whole poll, login and reads, good or not.
    this.snapshot = { ...result.snapshot, lastPollMs: Math.round(performance.now() - pollStarted) };
    await recordTransitions(this.applianceId, (key) => this.topologyOf(key), result.transitions);
    await storeSnapshot(this.snapshot);
    await this.maybePrune();
  }

  /** Every topology watched here: applied ones and the ones viewers look at. */
  private targets(): PollerTarget[] {
    const all = new Map<string, PollerTarget>(this.pinned);
    const recent = Date.now() - IDLE_INTERVALS * this.options.intervalMs;
    for (const [id, target] of this.watched)
      if (!all.has(id) && target.lastSeen >= recent) all.set(id, target);
    return [...all.values()];
  }

  private topologyOf(objectKey: string): string | null {
    for (const { watch } of this.targets()) {
      if (watch.vservers.some((v) => v.key === objectKey)) return watch.topologyId;
      if (watch.members.some((m) => m.key === objectKey)) return watch.topologyId;
    }
    return null;
  }

  private async maybePrune(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await pruneTransitions(new Date(Date.now() - statusRetentionDays() * 86_400_000));
  }

  private async getClient(): Promise<NitroClient> {
    if (this.client) return this.client;
    const load = this.options.connection ?? getApplianceConnection;
    const stored = await load(this.workspaceId, this.applianceId);
    // No retries and a timeout below the interval: a poll must end before the next one.
    const timeoutMs = Math.max(250, Math.min(10_000, Math.floor(this.options.intervalMs * 0.8)));
    this.client = getNitroClient({ ...stored, retries: 0, timeoutMs });
    this.pollsOnClient = 0;
    return this.client;
  }

  private async dropClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.dispose().catch(() => {});
  }
}
