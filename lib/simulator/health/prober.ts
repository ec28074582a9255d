import { isLoopback } from "./is-loopback";
import type { ProbeFn } from "./tcp-probe";

export interface ProbeTarget {
  host: string;
  port: number;
}

export interface ProberOptions {
  intervalMs: number;
  targets: () => ProbeTarget[];
  probe: ProbeFn;
  onResult: (target: ProbeTarget, up: boolean) => void;
  onCycle: () => void;
}

// Probes loopback members on an interval, like the appliance's tcp-default monitor. `kick()`
// runs a cycle soon after a write so a freshly bound member does not wait a whole interval.

export class Prober {
  private timer: NodeJS.Timeout | undefined;
  private kickTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: ProberOptions) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.runOnce(), this.options.intervalMs);
    this.timer.unref();
  }

  kick(): void {
    if (this.stopped || this.kickTimer) return;
    this.kickTimer = setTimeout(() => {
      this.kickTimer = undefined;
      void this.runOnce();
    }, 5);
    this.kickTimer.unref();
  }

  /**
   * One probe cycle; concurrent callers share the cycle in flight. A failing cycle is
   * reported and the next one tries again: a timer must never leave a rejected promise behind.
   */
  runOnce(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.cycle()
      .catch((error: unknown) => {
        console.warn(
          `simulator: probe cycle failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.kickTimer);
    this.kickTimer = undefined;
    await this.running;
  }

  private async cycle(): Promise<void> {
    const { targets, probe, onResult, onCycle, intervalMs } = this.options;
    const timeoutMs = Math.max(50, Math.min(intervalMs, 2000));
    // isLoopback again here: the target list is built elsewhere and must never leak out.
    const safe = targets().filter((t) => isLoopback(t.host));
    const results = await Promise.all(
      safe.map((t) => probe(t.host, t.port, timeoutMs).catch(() => false)),
    );
    if (this.stopped) return;
    safe.forEach((t, i) => onResult(t, results[i] === true));
    onCycle();
  }
}
