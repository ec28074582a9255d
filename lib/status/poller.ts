// One poller per appliance in this process. Each tick it renews the appliance's lease: the
// holder reads the appliance (≤ 3 requests), records transitions and stores the snapshot for
// the other instances; an instance without the lease serves that stored snapshot. Ticks are
// sequential (the next is scheduled when one ends) and reads have retries off and a timeout
// below the interval, so polls never overlap.
import { getApplianceConnection } from "@/lib/appliances/store";
import { acquireLease, loadSnapshot, releaseLease, storeSnapshot } from "@/lib/status/store";
import { pruneTransitions, recordTransitions } from "@/lib/status/store";
import { log } from "@/lib/log";
import { getNitroClient, type ApplianceConnection, type NitroClient } from "@/lib/nitro";
import { IDLE_INTERVALS, statusRetentionDays } from "./config";
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
  onStop: () => void;
}

interface Watched {
  watch: WatchSet;
  lastSeen: number;
}

export class AppliancePoller {
  snapshot: ApplianceSnapshot;
  /** This instance holds the lease and reads the appliance itself. */
  leader = false;
  /** Polls this instance made as the leader (tests and the benchmark divide requests by it). */
  polls = 0;
  private readonly watched = new Map<string, Watched>();
  private client?: NitroClient;
  private pollsOnClient = 0;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private lastPrune = 0;
  private readonly startedAt = Date.now();
  private firstTick: Promise<void>;
  private resolveFirst!: () => void;

  constructor(
    readonly workspaceId: string,
    readonly applianceId: string,
    private readonly options: PollerOptions,
  ) {
    this.snapshot = emptySnapshot(applianceId, options.intervalMs);
    this.firstTick = new Promise((resolve) => (this.resolveFirst = resolve));
  }

  start(): void {
    void this.tick();
  }

  /** A viewer looked at this topology (the route calls this on every request). */
  touch(watch: WatchSet): void {
    this.watched.set(watch.topologyId, { watch, lastSeen: Date.now() });
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
    await this.dropClient();
    if (this.leader) await releaseLease(this.applianceId, this.options.instanceId).catch(() => {});
    this.leader = false;
  }

  private idle(now: number): boolean {
    // Started counts as seen: the first viewer touches right after start().
    const last = Math.max(this.startedAt, ...[...this.watched.values()].map((w) => w.lastSeen));
    return now - last > IDLE_INTERVALS * this.options.intervalMs;
  }

  private async tick(): Promise<void> {
    const started = Date.now();
    if (this.idle(started)) {
      await this.stop();
      return;
    }
    try {
      this.leader = await acquireLease(
        this.applianceId,
        this.options.instanceId,
        3 * this.options.intervalMs,
      );
      if (this.leader) await this.poll();
      else await this.follow();
    } catch (error) {
      // A database hiccup: keep the last snapshot and try again next tick.
      log.warn(`status poller for appliance ${this.applianceId}: ${String(error)}`);
    }
    this.resolveFirst();
    if (this.stopped) return;
    const wait = Math.max(0, this.options.intervalMs - (Date.now() - started));
    this.timer = setTimeout(() => void this.tick(), wait);
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
    this.snapshot = result.snapshot;
    await recordTransitions(this.applianceId, (key) => this.topologyOf(key), result.transitions);
    await storeSnapshot(this.snapshot);
    await this.maybePrune();
  }

  private topologyOf(objectKey: string): string | null {
    for (const { watch } of this.watched.values()) {
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
