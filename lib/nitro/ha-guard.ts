// Refuses configuration writes to an HA secondary before they are sent: edits made there are lost
// at the next full sync (docs/nitro.md#ha-partitions-and-saving). The role is read once per login
// session and cached briefly so that a failover is noticed.
import { NitroError, type NitroMethod } from "./errors";
import { readHaState, type HaState } from "./ha-state";
import type { HaView } from "./resources/hanode";
import type { NitroSession } from "./session";

const ROLE_TTL_MS = 15_000;

export class HaGuard {
  private cache?: { generation: number; expiresAt: number; view: HaState };
  private inFlight?: Promise<HaState>;

  constructor(private readonly session: NitroSession) {}

  /** HA view of the node behind the session (hanode), cached for a few seconds. */
  async view(): Promise<HaState> {
    const cached = this.cache;
    if (cached && cached.generation === this.session.generation && cached.expiresAt > Date.now()) {
      return cached.view;
    }
    this.inFlight ??= this.read().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Reads hanode now (the status poller's HA read), and keeps the answer for the guard. */
  async refresh(): Promise<HaState> {
    this.forget();
    return this.view();
  }

  remember(view: HaState): void {
    this.cache = {
      generation: this.session.generation,
      expiresAt: Date.now() + ROLE_TTL_MS,
      view,
    };
  }

  forget(): void {
    this.cache = undefined;
  }

  async assertWritable(resource: string, method: NitroMethod): Promise<void> {
    const view = await this.view();
    if (view.role === "secondary") throw secondaryError(view, resource, method);
  }

  private async read(): Promise<HaState> {
    const view = await readHaState(this.session);
    this.remember(view);
    return view;
  }
}

export function secondaryError(view: HaView, resource: string, method: NitroMethod): NitroError {
  const where = view.primaryAddress ? ` at ${view.primaryAddress}` : "";
  return new NitroError(
    "secondary",
    `This appliance is the HA secondary node: configuration changes must be sent to the ` +
      `primary${where}, otherwise they are lost at the next HA synchronisation`,
    { resource, method, requestSent: false },
  );
}
