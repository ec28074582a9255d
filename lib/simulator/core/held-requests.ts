// Requests the simulator has received but holds unprocessed and unanswered (the
// holdNextWriteTo fault): the client sees a write in flight for as long as a test wants, e.g.
// to kill the client, or the database behind it, at exactly that moment.

export interface HeldRequestView {
  method: string;
  type: string;
  name: string | undefined;
  heldForMs: number;
}

/** "process": handle it now, as a box that was only slow would; "drop": close without a trace. */
export type HeldRelease = "process" | "drop";

interface Held {
  method: string;
  type: string;
  name: string | undefined;
  since: number;
  release: (how: HeldRelease) => void;
}

export class HeldRequests {
  private held: Held[] = [];

  /** Resolves when the request is released, with what to do with it. */
  hold(request: { method: string; type: string; name: string | undefined }, now: number) {
    return new Promise<HeldRelease>((resolve) => {
      this.held.push({ ...request, since: now, release: resolve });
    });
  }

  list(now: number): HeldRequestView[] {
    return this.held.map(({ method, type, name, since }) => ({
      method,
      type,
      name,
      heldForMs: now - since,
    }));
  }

  /** Releases every held request; returns how many there were. */
  release(how: HeldRelease): number {
    const released = this.held;
    this.held = [];
    for (const request of released) request.release(how);
    return released.length;
  }
}
