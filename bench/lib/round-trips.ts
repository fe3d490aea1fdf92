import type { DelayProxy } from './delay-proxy';
import type { JsonAnswer } from './shop';

export type Service = 'db' | 'redis' | 'supabase' | 'openrouter';
export type Counts = Record<Service, number>;

/** A target on a probe's counts; `hops` is sequential round trips before the answer. */
export interface Target {
  text: string;
  ok(counts: Counts, hops: number): boolean;
}

export interface Probe {
  id: string;
  label: string;
  /** Null when runnable, else why not. */
  check?(): Promise<string | null>;
  /** Arranges state; runs once, before the requests. */
  prepare?(): Promise<void>;
  /** The i-th of PROBE_REQUESTS equivalent requests: each must stand on its own (fresh key, own cart). */
  request(i: number): Promise<JsonAnswer>;
  expectStatus: number;
  target?: Target;
}

export interface ProbeResult {
  id: string;
  label: string;
  skipped?: string;
  counts?: Counts;
  hops?: number;
  target?: string;
  pass?: boolean;
  error?: string;
}

export interface Counter {
  /** The stand-ins' own counters (`/__standin/stats`), by service. */
  stats: Record<Service, string>;
  /** Delay proxies the probe Worker reaches the stand-ins through. */
  proxies: DelayProxy[];
}

// Large against the Worker's own time per request, so each sequential hop shows as one step.
export const HOP_DELAY_MS = 100;
export const HOP_PAIRS = 3;
/** Requests a probe makes: one counted, then pairs without and with the delay. */
export const PROBE_REQUESTS = 1 + 2 * HOP_PAIRS;

/**
 * Counts one request's round trips at the stand-ins (reset before, read once its background work
 * has settled: deterministic), then its sequential hops: how many delays a per-trip delay adds to
 * an equivalent request, against one without it (the median of HOP_PAIRS pairs, against noise).
 */
export async function runProbe(p: Probe, counter: Counter): Promise<ProbeResult> {
  const base: ProbeResult = { id: p.id, label: p.label, target: p.target?.text };
  const skipped = p.check ? await p.check() : null;
  if (skipped) return { ...base, skipped };
  try {
    await p.prepare?.();
    setDelay(counter, 0);
    await settle(counter);
    await reset(counter);
    await timed(() => p.request(0), p.expectStatus);
    await settle(counter);
    const counts = await read(counter);
    const steps: number[] = [];
    for (let k = 0; k < HOP_PAIRS; k++) {
      const plain = await timed(() => p.request(1 + 2 * k), p.expectStatus);
      setDelay(counter, HOP_DELAY_MS);
      const delayed = await timed(() => p.request(2 + 2 * k), p.expectStatus);
      setDelay(counter, 0);
      steps.push(Math.max(0, Math.round((delayed - plain) / HOP_DELAY_MS)));
      // Background work of the delayed request must not overlap the next plain one.
      await settle(counter);
    }
    const hops = steps.sort((a, b) => a - b)[Math.floor(steps.length / 2)]!;
    return { ...base, counts, hops, pass: p.target ? p.target.ok(counts, hops) : undefined };
  } catch (err) {
    setDelay(counter, 0);
    return { ...base, error: err instanceof Error ? err.message : String(err), pass: p.target ? false : undefined };
  }
}

async function timed(fn: () => Promise<JsonAnswer>, expect: number): Promise<number> {
  const t = performance.now();
  const r = await fn();
  const ms = performance.now() - t;
  if (r.status !== expect) throw new Error(`answered ${r.status}, expected ${expect}: ${JSON.stringify(r.body).slice(0, 200)}`);
  return ms;
}

function setDelay(c: Counter, ms: number) {
  for (const p of c.proxies) p.setDelay(ms);
}

async function reset(c: Counter) {
  await Promise.all(Object.values(c.stats).map((u) => fetch(`${u}/reset`, { method: 'POST' }).then((r) => r.body?.cancel())));
}

async function read(c: Counter): Promise<Counts> {
  const entries = await Promise.all(
    (Object.entries(c.stats) as [Service, string][]).map(async ([k, u]) => [k, ((await (await fetch(u)).json()) as { requests: number }).requests] as const),
  );
  return Object.fromEntries(entries) as Counts;
}

/** Waits until background work (cache fills, broadcasts) has stopped reaching the stand-ins. */
async function settle(c: Counter) {
  let last = '';
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, i === 0 ? HOP_DELAY_MS + 50 : 100));
    const now = JSON.stringify(await read(c));
    if (now === last) return;
    last = now;
  }
  throw new Error('the stand-ins never went quiet');
}

/** The targets of issue 9 (and the catalogue's README), as checks on a probe's counts and hops. */
export const targets = {
  db1: { text: '1 db', ok: (c: Counts) => c.db === 1 } satisfies Target,
  cachedList: { text: '0 db, 1 redis', ok: (c: Counts) => c.db === 0 && c.redis === 1 } satisfies Target,
  searchCold: { text: '≤ 3 sequential hops', ok: (_c: Counts, hops: number) => hops <= 3 } satisfies Target,
  searchCached: { text: '1 redis, 1 hop', ok: (c: Counts, hops: number) => c.redis === 1 && hops <= 1 } satisfies Target,
};
