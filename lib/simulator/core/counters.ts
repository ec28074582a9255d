// Request counters for benchmarks: "<METHOD> <api>/<type>" -> count, plus "total"; and the
// time span of every NITRO request, so a benchmark can count round trips as they happened
// (requests overlapping in time are one wave) instead of inferring them from the code.

export type CounterSnapshot = { total: number } & Record<string, number>;

/** One NITRO request as the simulator saw it: received, answered (ms, monotonic clock). */
export interface RequestSpan {
  key: string;
  start: number;
  end: number;
}

/** Kept spans are capped so a long-running `npm run sim` does not grow without bound. */
const MAX_SPANS = 100_000;

export class Counters {
  private counts = new Map<string, number>();
  private total = 0;
  private spans: RequestSpan[] = [];

  record(method: string, api: string, type: string): void {
    const key = `${method.toUpperCase()} ${api}/${type}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.total += 1;
  }

  /** Starts the span of one request; call the returned function when it is answered. */
  begin(method: string, api: string, type: string): () => void {
    const span = {
      key: `${method.toUpperCase()} ${api}/${type}`,
      start: performance.now(),
      end: 0,
    };
    return () => {
      span.end = performance.now();
      if (this.spans.length < MAX_SPANS) this.spans.push(span);
    };
  }

  snapshot(): CounterSnapshot {
    const out: CounterSnapshot = { total: this.total };
    for (const [key, value] of [...this.counts].sort(([a], [b]) => a.localeCompare(b))) {
      out[key] = value;
    }
    return out;
  }

  /** Answered requests since the last reset, in the order they were received. */
  requestSpans(): RequestSpan[] {
    return [...this.spans].sort((a, b) => a.start - b.start);
  }

  reset(): void {
    this.counts = new Map();
    this.total = 0;
    this.spans = [];
  }
}

/**
 * Sequential request waves: requests are sorted by arrival and a request that arrives after
 * every earlier one was answered starts a new wave. Parallel requests overlap, so they share
 * one wave; a client that waits for an answer before sending the next request makes one wave
 * per request. With added latency this is the number of round trips the client paid for.
 */
export function countWaves(spans: readonly RequestSpan[]): number {
  let waves = 0;
  let openUntil = Number.NEGATIVE_INFINITY;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start >= openUntil) waves += 1;
    openUntil = Math.max(openUntil, span.end);
  }
  return waves;
}
