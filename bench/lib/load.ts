import autocannon from 'autocannon';

export interface LoadOptions {
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of the same load first, not measured (JIT, connection pools, caches). */
  warmup: number;
}

/** What one request of a case looks like; called once per request, so it can make each unique. */
export type NextRequest = () => { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string } | null;

export interface LoadResult {
  /** Successful responses (2xx, or the expected status) per second over the measured window. */
  rps: number;
  /** Latency percentiles of the 2xx responses, in ms, from exact per-response times. */
  p50: number;
  p99: number;
  requests: number;
  /** Socket errors and timeouts plus non-2xx answers. */
  errors: number;
  /** The non-2xx status codes seen, with counts, so a failing case says why. */
  statuses: Record<string, number>;
  seconds: number;
  /** The Worker process's CPU per answered request over the measured window, in ms (when measured). */
  cpuMs?: number;
}

/**
 * Runs autocannon against `url` with a fixed concurrency and duration; answers with another status
 * than `expect` (any 2xx when absent) count as errors. When `next` returns null
 * (a case ran out of prepared state, e.g. carts to check out), the run stops there and the
 * window it measured is what is reported.
 */
export async function runLoad(url: string, next: NextRequest, opts: LoadOptions, expect?: number, cpu?: () => number): Promise<LoadResult> {
  if (opts.warmup > 0) await once(url, next, opts.connections, opts.warmup, expect);
  return once(url, next, opts.connections, opts.duration, expect, cpu);
}

function once(url: string, next: NextRequest, connections: number, duration: number, expect?: number, cpu?: () => number): Promise<LoadResult> {
  const times: number[] = [];
  let answered = 0;
  let cpuStart = Number.NaN;
  let cpuEnd = Number.NaN;
  const statuses: Record<string, number> = {};
  let started = performance.now();
  let cutoff: number | null = null;
  let sent = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration,
        timeout: 30,
        requests: [
          {
            setupRequest: (req) => {
              const r = cutoff === null ? next() : null;
              if (!r) {
                if (cutoff === null) {
                  cutoff = performance.now();
                  if (cpu) cpuEnd = cpu();
                  setImmediate(() => instance.stop());
                }
                // Something harmless until the stop lands; its answers are not counted.
                return { ...req, method: 'GET', path: '/__bench/exhausted', body: undefined };
              }
              sent++;
              return { ...req, method: r.method ?? 'GET', path: r.path, headers: { ...req.headers, ...r.headers }, body: r.body };
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        if (cpu && Number.isNaN(cpuEnd)) cpuEnd = cpu();
        const ok = times.sort((a, b) => a - b);
        const seconds = ((cutoff ?? performance.now()) - started) / 1000;
        resolve({
          rps: ok.length / seconds,
          p50: percentile(ok, 0.5),
          p99: percentile(ok, 0.99),
          requests: sent,
          errors: result.errors + Object.values(statuses).reduce((a, b) => a + b, 0),
          statuses,
          seconds,
          ...(cpu ? { cpuMs: (cpuEnd - cpuStart) / answered } : {}),
        });
      },
    );
    instance.on('start', () => {
      started = performance.now();
      if (cpu) cpuStart = cpu();
    });
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (cutoff !== null) return;
      answered++;
      if (expect === undefined ? status >= 200 && status < 300 : status === expect) times.push(ms);
      else statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

/** Nearest-rank percentile of sorted values; NaN for none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}
