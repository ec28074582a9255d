// The always-on watcher: on every app instance it lists the applied topologies
// (watched-store.ts) about once per poll interval and pins their appliances' pollers in the
// registry, so they are polled, their transitions recorded and their drift checked with
// nobody looking. The lease still lets exactly one instance poll each appliance. Started by
// the launcher (scripts/start.ts) after the migrations, stopped before the database.
import { EventEmitter } from "node:events";
import { log } from "@/lib/log";
import { listAppliedTopologies, type AppliedTopology } from "@/lib/status/watched-store";
import { loadWatchTarget, type WatchTarget } from "./load-watch";
import type { PollerTarget } from "./poller";
import { getStatusRegistry, type PinnedAppliance, type StatusRegistry } from "./registry";

export interface WatcherOptions {
  /** How often the list of applied topologies is read (default: the poll interval). */
  refreshMs?: number;
  /** Test seam: how a topology's watch set is found (default: compile its document). */
  loadTarget?: (workspaceId: string, topologyId: string) => Promise<WatchTarget>;
  /** Test/bench seam: which topologies are applied (default: the database's answer). */
  listApplied?: () => Promise<AppliedTopology[]>;
}

export class StatusWatcher {
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private refreshing: Promise<void> | undefined;
  /** Compiled watch sets by topology, kept while the document's version and appliance hold. */
  private readonly compiled = new Map<string, { key: string; target: PollerTarget | null }>();
  private readonly refreshMs: number;
  private lastList: AppliedTopology[] = [];
  private readonly events = new EventEmitter();

  constructor(
    readonly registry: StatusRegistry,
    private readonly options: WatcherOptions = {},
  ) {
    this.refreshMs = options.refreshMs ?? registry.intervalMs;
  }

  /** Reads the list now, then keeps reading it every refreshMs. */
  start(): void {
    void this.loop();
  }

  /** The applied topologies found by the last refresh. */
  get applied(): readonly AppliedTopology[] {
    return this.lastList;
  }

  /** Reads the list of applied topologies and pins their pollers (also right after an apply). */
  refresh(): Promise<void> {
    this.refreshing ??= this.readList().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Resolves after the next refresh has pinned what it found (tests wait on it, not on time). */
  nextRefresh(): Promise<readonly AppliedTopology[]> {
    return new Promise((resolve) => this.events.once("refresh", resolve));
  }

  /** Stops everything without releasing a lease, as a killed process (takeover tests, bench). */
  async abandon(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.refreshing;
    await this.registry.abandonAll();
  }

  /** Stops reading the list and stops every poller, releasing their leases. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.refreshing;
    await this.registry.stopAll();
  }

  private async loop(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.refresh();
    } catch (error) {
      // A database hiccup: the pinned pollers keep running; try again next time.
      log.warn(`status watcher: ${String(error)}`);
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.loop(), this.refreshMs);
    this.timer.unref();
  }

  private async readList(): Promise<void> {
    const list = await (this.options.listApplied ?? listAppliedTopologies)();
    const byAppliance = new Map<string, PinnedAppliance>();
    const seen = new Set<string>();
    for (const topology of list) {
      seen.add(topology.id);
      const target = await this.targetOf(topology);
      if (!target) continue;
      const entry = byAppliance.get(topology.applianceId) ?? {
        workspaceId: topology.workspaceId,
        targets: [],
      };
      entry.targets.push(target);
      byAppliance.set(topology.applianceId, entry);
    }
    for (const id of this.compiled.keys()) if (!seen.has(id)) this.compiled.delete(id);
    if (this.stopped) return;
    this.lastList = list;
    this.registry.pinApplied(byAppliance);
    this.events.emit("refresh", list);
  }

  private async targetOf(topology: AppliedTopology): Promise<PollerTarget | null> {
    const key = `${topology.version}/${topology.applianceId}`;
    const cached = this.compiled.get(topology.id);
    if (cached?.key === key) return cached.target;
    const load = this.options.loadTarget ?? loadWatchTarget;
    const found = await load(topology.workspaceId, topology.id);
    // An applied topology whose document no longer validates is not watched until it does.
    const target =
      found.ok && found.applianceId === topology.applianceId
        ? { topologyId: topology.id, watch: found.watch, desired: found.desired }
        : null;
    this.compiled.set(topology.id, { key, target });
    return target;
  }
}

const holder = globalThis as typeof globalThis & { __statusWatcher?: StatusWatcher };

/** Starts this process's watcher on the shared registry (once; later calls return it). */
export function startStatusWatcher(): StatusWatcher {
  if (holder.__statusWatcher) return holder.__statusWatcher;
  const watcher = new StatusWatcher(getStatusRegistry());
  holder.__statusWatcher = watcher;
  watcher.start();
  return watcher;
}

/** The running watcher, if the launcher started one (an apply asks it to look again). */
export function runningStatusWatcher(): StatusWatcher | undefined {
  return holder.__statusWatcher;
}
