// The per-process registry of appliance pollers. Kept on globalThis so dev reloads and the
// route handler modules share one poller per appliance, whatever the number of viewers.
import { randomUUID } from "node:crypto";
import { certWarnDays, DRIFT_EVERY_MS, statusIntervalMs } from "./config";
import { DriftTracker } from "./drift";
import { loadWatchTarget, type WatchTarget } from "./load-watch";
import { AppliancePoller, type PollerOptions } from "./poller";
import { buildTopologyStatus } from "./build";
import type { TopologyStatus } from "./types";

/** How long the first request waits for the first poll, so the first paint has data. */
const FIRST_POLL_WAIT_MS = 3000;
/** Watch sets are recompiled at most this often per topology (edits show up after this). */
const WATCH_CACHE_MS = 10_000;

export interface RegistryOptions {
  /** Distinguishes app instances sharing one database (default: a random id per process). */
  instanceId?: string;
  intervalMs?: number;
  /** 0 turns drift checks off. */
  driftEveryMs?: number;
  connection?: PollerOptions["connection"];
  /** Test/bench seam: how a topology's watch set is found (default: compile its document). */
  loadTarget?: (workspaceId: string, topologyId: string) => Promise<WatchTarget>;
}

export type StatusResult = { ok: true; status: TopologyStatus } | { ok: false; notFound: true };

export class StatusRegistry {
  readonly instanceId: string;
  readonly intervalMs: number;
  private readonly pollers = new Map<string, AppliancePoller>();
  private readonly targets = new Map<string, { target: WatchTarget; at: number }>();
  private readonly drift: DriftTracker;

  constructor(private readonly options: RegistryOptions = {}) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.intervalMs = options.intervalMs ?? statusIntervalMs();
    this.drift = new DriftTracker(options.driftEveryMs ?? DRIFT_EVERY_MS);
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
    const poller = this.poller(workspaceId, target.applianceId);
    poller.touch(target.watch);
    await poller.ready(FIRST_POLL_WAIT_MS);
    const drift = this.drift.get(
      { workspaceId, topologyId, applianceId: target.applianceId, desired: target.desired },
      opts.refreshDrift,
    );
    return {
      ok: true,
      status: buildTopologyStatus(target.watch, poller.snapshot, drift, new Date(), certWarnDays()),
    };
  }

  /** The poller of an appliance in this process, if one runs (tests, health output). */
  pollerFor(applianceId: string): AppliancePoller | undefined {
    return this.pollers.get(applianceId);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.pollers.values()].map((p) => p.stop()));
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
      connection: this.options.connection,
      onStop: () => {
        if (this.pollers.get(applianceId) === poller) this.pollers.delete(applianceId);
      },
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
