/** Per-request accumulator for the `Server-Timing` header and round-trip counts. */
export class Timing {
  private readonly started = performance.now();
  private readonly totals = new Map<string, { ms: number; count: number; desc?: string }>();

  /** Times `fn` under `metric`; concurrent calls add up their own durations. */
  async measure<T>(metric: string, fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      this.add(metric, performance.now() - t0);
    }
  }

  add(metric: string, ms: number): void {
    const entry = this.totals.get(metric) ?? { ms: 0, count: 0 };
    entry.ms += ms;
    entry.count += 1;
    this.totals.set(metric, entry);
  }

  /** Marks a metric with a description, e.g. `cache;desc="down"`. */
  describe(metric: string, desc: string): void {
    const entry = this.totals.get(metric) ?? { ms: 0, count: 0 };
    entry.desc = desc;
    this.totals.set(metric, entry);
  }

  count(metric: string): number {
    return this.totals.get(metric)?.count ?? 0;
  }

  /** The header's numbers as log fields: `{timing: {db: 4.2, ...}, timing_desc?: {cache: 'down'}}`. */
  fields(): { timing: Record<string, number>; timing_desc?: Record<string, string> } {
    const timing: Record<string, number> = { db: 0, cache: 0 };
    let desc: Record<string, string> | undefined;
    for (const [name, e] of this.totals) {
      timing[name] = Math.round(e.ms * 10) / 10;
      if (e.desc) (desc ??= {})[name] = e.desc;
    }
    timing.total = Math.round((performance.now() - this.started) * 10) / 10;
    return desc ? { timing, timing_desc: desc } : { timing };
  }

  /** `db` and `cache` are always present so clients can rely on them. */
  header(): string {
    const parts: string[] = [];
    const names = new Set(['db', 'cache', ...this.totals.keys()]);
    for (const name of names) {
      const e = this.totals.get(name) ?? { ms: 0, count: 0 };
      const desc = e.desc ? `;desc="${e.desc}"` : '';
      parts.push(`${name};dur=${e.ms.toFixed(1)}${desc}`);
    }
    parts.push(`total;dur=${(performance.now() - this.started).toFixed(1)}`);
    return parts.join(', ');
  }
}
