// Request counters for benchmarks: "<METHOD> <api>/<type>" -> count, plus "total".

export type CounterSnapshot = { total: number } & Record<string, number>;

export class Counters {
  private counts = new Map<string, number>();
  private total = 0;

  record(method: string, api: string, type: string): void {
    const key = `${method.toUpperCase()} ${api}/${type}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.total += 1;
  }

  snapshot(): CounterSnapshot {
    const out: CounterSnapshot = { total: this.total };
    for (const [key, value] of [...this.counts].sort(([a], [b]) => a.localeCompare(b))) {
      out[key] = value;
    }
    return out;
  }

  reset(): void {
    this.counts = new Map();
    this.total = 0;
  }
}
