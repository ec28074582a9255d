// The per-process registry of appliance pollers. Kept on globalThis so dev reloads, the route
// handler modules and the launcher's watcher (scripts/start.ts) share one poller per
// appliance, whatever the number of viewers.
import { EventEmitter } from "node:events";
import { randomUUID } from "node:crypto";
import { loadDriftCheck, requestDriftCheck } from "@/lib/status/drift-store";
import { certWarnDays, driftCheckIntervalMs, statusIntervalMs } from "./config";
import { loadWatchTarget, type WatchTarget } from "./load-watch";
import { AppliancePoller, type PollerOptions, type PollerTarget, type PollerTick } from "./poller";
import { buildTopologyStatus } from "./build";
import type { TopologyStatus } from "./types";
import { driftStatusOf, watchingOf } from "./watching";

/** How long the first request waits for the first poll, so the first paint has data. */
const FIRST_POLL_WAIT_MS = 3000;
/** Watch sets are recompiled at most this often per topology (edits show up after this). */
const WATCH_CACHE_MS = 10_000;

export interface RegistryOptions {
  /** Distinguishes app instances sharing one database (default: a random id per process). */
  instanceId?: string;
  intervalMs?: number;
  /** Scheduled drift checks (default DRIFT_CHECK_INTERVAL_MINUTES); 0 = only when asked. */
  driftEveryMs?: number;
  connection?: PollerOptions["connection"];
  /** Test/bench seam: how a topology's watch set is found (default: compile its document). */
  loadTarget?: (workspaceId: string, topologyId: string) => Promise<WatchTarget>;
}

export type StatusResult = { ok: true; status: TopologyStatus } | { ok: false; notFound: true };

/** The applied topologies of one appliance, as the watcher found them. */
export interface PinnedAppliance {
  workspaceId: string;
  targets: PollerTarget[];
}

export class StatusRegistry {
  readonly instanceId: string;
  readonly intervalMs: number;
  readonly driftEveryMs: number;
  private readonly pollers = new Map<string, AppliancePoller>();
  private readonly targets = new Map<string, { target: WatchTarget; at: number }>();
  /** "tick" (PollerTick) after every poller tick, "drift" (topologyId) after a stored check. */
  private readonly events = new EventEmitter();

  constructor(private readonly options: RegistryOptions = {}) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.intervalMs = options.intervalMs ?? statusIntervalMs();
    this.driftEveryMs = options.driftEveryMs ?? driftCheckIntervalMs();
    this.events.setMaxListeners(0);
  }

  /** Calls `listener` after every tick of every poller here; returns the unsubscribe. */
  onTick(listener: (tick: PollerTick) => void): () => void {
    this.events.on("tick", listener);
    return () => this.events.off("tick", listener);
  }

  /** Resolves at the first tick `accept` takes: tests and benchmarks wait on events, not time. */
  nextTick(accept: (tick: PollerTick) => boolean = () => true): Promise<PollerTick> {
    return new Promise((resolve) => {
      const off = this.onTick((tick) => {
        if (!accept(tick)) return;
        off();
        resolve(tick);
      });
    });
  }

  /** Resolves when a drift check of the topology has been stored by this instance. */
  nextDriftCheck(topologyId: string): Promise<void> {
    return new Promise((resolve) => {
      const listener = (id: string) => {
        if (id !== topologyId) return;
        this.events.off("drift", listener);
        resolve();
      };
      this.events.on("drift", listener);
    });
  }

  /**
   * The watcher's whole list of applied topologies by appliance: their pollers run without a
   * viewer; an appliance no longer listed goes back to stopping when nobody looks.
   */
  pinApplied(applied: ReadonlyMap<string, PinnedAppliance>): void {
    for (const [applianceId, { workspaceId, targets }] of applied)
      this.poller(workspaceId, applianceId).pin(targets);
    for (const [applianceId, poller] of this.pollers)
      if (!applied.has(applianceId) && poller.isPinned) poller.unpin();
  }

  /** A topology's live status; starts (or keeps alive) its appliance's poller. */
  async getTopologyStatus(
    workspaceId: string,
    topologyId: string,
    opts: { refreshDrift?: boolean } = {},
  ): Promise<StatusResult> {
    const target = await this.target(workspaceId, topologyId);
    if (!target.ok) {
      if (target.notFound) return { ok: false, notFound: true };
      return { ok: true, status: noticeStatus(topologyId, target.notice) };
    }
    const { applianceId } = target;
    const poller = this.poller(workspaceId, applianceId);
    poller.touch({ topologyId, watch: target.watch, desired: target.desired });
    if (opts.refreshDrift) {
      // Stored, so the lease holder runs it whichever instance it is.
      await requestDriftCheck(topologyId, applianceId);
      poller.checkDriftNow();
    }
    await poller.ready(FIRST_POLL_WAIT_MS);
    const stored = await loadDriftCheck(topologyId);
    const now = new Date();
    const status = buildTopologyStatus(
      target.watch,
      poller.snapshot,
      driftStatusOf(stored, applianceId),
      now,
      certWarnDays(),
    );
    status.watching = watchingOf({
      watched: poller.isPinned,
      snapshot: poller.snapshot,
      intervalMs: this.intervalMs,
      driftEveryMs: this.driftEveryMs,
      stored,
      now,
    });
    return { ok: true, status };
  }

  /** The poller of an appliance in this process, if one runs (tests, health output). */
  pollerFor(applianceId: string): AppliancePoller | undefined {
    return this.pollers.get(applianceId);
  }

  /** Stops every poller and releases its lease, so another instance takes over at once. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.pollers.values()].map((p) => p.stop()));
  }

  /** Stops every poller without releasing its lease, as a killed process (takeover tests). */
  async abandonAll(): Promise<void> {
    await Promise.all([...this.pollers.values()].map((p) => p.abandon()));
  }

  private async target(workspaceId: string, topologyId: string): Promise<WatchTarget> {
    const key = `${workspaceId}/${topologyId}`;
    const cached = this.targets.get(key);
    if (cached && Date.now() - cached.at < WATCH_CACHE_MS) return cached.target;
    const target = await (this.options.loadTarget ?? loadWatchTarget)(workspaceId, topologyId);
    this.targets.set(key, { target, at: Date.now() });
    return target;
  }

  private poller(workspaceId: string, applianceId: string): AppliancePoller {
    const existing = this.pollers.get(applianceId);
    if (existing && !existing.isStopped) return existing;
    const poller: AppliancePoller = new AppliancePoller(workspaceId, applianceId, {
      instanceId: this.instanceId,
      intervalMs: this.intervalMs,
      driftEveryMs: this.driftEveryMs,
      connection: this.options.connection,
      onStop: () => {
        if (this.pollers.get(applianceId) === poller) this.pollers.delete(applianceId);
      },
      onTick: (tick) => this.events.emit("tick", tick),
      onDriftChecked: (topologyId) => this.events.emit("drift", topologyId),
    });
    this.pollers.set(applianceId, poller);
    poller.start();
    return poller;
  }
}

function noticeStatus(topologyId: string, notice: string): TopologyStatus {
  return {
    topologyId,
    notice,
    appliance: null,
    vservers: [],
    members: [],
    drift: null,
    certificates: [],
    generatedAt: new Date().toISOString(),
  };
}

const holder = globalThis as typeof globalThis & { __statusRegistry?: StatusRegistry };

/** The process-wide registry the route uses. */
export function getStatusRegistry(): StatusRegistry {
  return (holder.__statusRegistry ??= new StatusRegistry());
}
