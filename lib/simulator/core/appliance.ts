import { NitroError } from "../errors";
import { StateEngine } from "../health/state-engine";
import { Counters } from "./counters";
import { FaultController, type FaultPatch, type FaultSettings } from "./faults";
import { HeldRequests } from "./held-requests";
import { PEER_NSIP } from "./identity";
import { loadSavedState, writeSavedState } from "./persistence";
import { initialConfig } from "./seed";
import { SessionStore } from "./sessions";
import { ConfigStore } from "./store";

export interface ApplianceOptions {
  username: string;
  password: string;
  seed: boolean;
  stateFile?: string;
}

export interface ConfigStatus {
  changed: boolean;
  lastChangedAt: number | undefined;
  lastSavedAt: number | undefined;
}

/** The whole simulated box: running config, sessions, faults, counters and live state. */
export class Appliance {
  readonly store: ConfigStore;
  readonly sessions = new SessionStore();
  readonly faults = new FaultController();
  readonly counters = new Counters();
  readonly held = new HeldRequests();
  readonly states = new StateEngine();
  readonly startedAt: number;
  roleSince: number;
  status: ConfigStatus;
  /** Called after every config change (the prober re-checks new members right away). */
  onConfigChange: () => void = () => undefined;

  constructor(
    private readonly options: ApplianceOptions,
    now: number,
  ) {
    // Like a reboot: the saved configuration when there is one, else a fresh box.
    const saved = options.stateFile ? loadSavedState(options.stateFile) : undefined;
    this.store = new ConfigStore(saved ? saved.config : initialConfig(options.seed, now));
    this.status = { changed: false, lastChangedAt: saved?.savedAt, lastSavedAt: saved?.savedAt };
    this.startedAt = now;
    this.roleSince = now;
  }

  credentialsError(username: unknown, password: unknown): NitroError | undefined {
    if (username !== this.options.username) return new NitroError(354);
    if (password !== this.options.password) return new NitroError(355);
    return undefined;
  }

  /** Gate for every config-changing operation: HA role first, then injected faults. */
  guardWrite(type: string): void {
    if (this.faults.settings().secondary) {
      throw new NitroError(368, `this node is secondary; the primary node is ${PEER_NSIP}`);
    }
    const fault = this.faults.writeFault(type);
    if (fault) throw fault;
  }

  markChanged(now: number): void {
    this.status.changed = true;
    this.status.lastChangedAt = now;
    this.onConfigChange();
  }

  save(now: number): void {
    if (this.options.stateFile) {
      writeSavedState(this.options.stateFile, { savedAt: now, config: this.store.data });
    }
    this.status.changed = false;
    this.status.lastSavedAt = now;
  }

  setFaults(patch: FaultPatch, now: number): FaultSettings {
    const wasSecondary = this.faults.settings().secondary;
    const next = this.faults.set(patch);
    if (next.secondary !== wasSecondary) this.roleSince = now;
    return next;
  }

  /**
   * Factory-fresh running config (seeded or bare, as started), no faults, no forced states, zero
   * counters, held requests dropped unprocessed. The state file is left alone; sessions stay
   * logged in.
   */
  reset(now: number): void {
    this.held.release("drop");
    this.store.restore(initialConfig(this.options.seed, now));
    this.sessions.leavePartitions((p) => this.store.hasPartition(p));
    this.status = {
      changed: false,
      lastChangedAt: undefined,
      lastSavedAt: this.status.lastSavedAt,
    };
    if (this.faults.settings().secondary) this.roleSince = now;
    this.faults.clear();
    this.states.clearForced();
    this.counters.reset();
    this.onConfigChange();
  }
}
