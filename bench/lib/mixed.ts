import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import type { Service } from './round-trips';
import { call, CHECKOUT_BODY, makeShoppers } from './shop';

// Real traffic: many distinct list and product pages read concurrently with Zipf-like popularity while
// checkouts run at a fixed ratio. Round trips are counted at the stand-ins (as the round-trip table is),
// so the share of reads served without the database does not depend on the machine's noise.

export interface MixedOptions {
  reads: number;
  /** One checkout after every this many reads. */
  checkoutEvery: number;
  concurrency: number;
}

export interface MixedResult {
  checkoutEvery: number;
  keys: number;
  reads: number;
  checkouts: number;
  /** Round trips at the stand-ins over the run, checkouts included. */
  db: number;
  redis: number;
  /** Reads that reached the database: the database round trips less the checkouts' one each. */
  readsWithDb: number;
  seconds: number;
  /** Reads per second of the run (checkouts run besides). */
  readsPerSecond: number;
  failures: number;
}

/** The pages read: every category × sort list, a few `in_stock` lists and the product pages of the catalogue's first products. */
export async function mixedKeys(db: Kysely<DB>, products = 30): Promise<string[]> {
  const categories = (await db.selectFrom('products').select('category').distinct().where('is_active', '=', true).where('category', 'is not', null).orderBy('category').limit(8).execute()).map((r) => r.category!);
  const slugs = (await db.selectFrom('products').select('slug').where('is_active', '=', true).orderBy('id').limit(products).execute()).map((r) => r.slug);
  const keys = ['/api/products', '/api/products?in_stock=true', '/api/products?sort=price_asc&in_stock=true'];
  for (const c of categories) for (const sort of ['newest', 'price_asc', 'price_desc', 'name']) keys.push(`/api/products?category=${encodeURIComponent(c)}&sort=${sort}`);
  for (const s of slugs) keys.push(`/api/products/${s}`);
  return keys;
}

/** A seeded generator (mulberry32), so every run reads the same sequence. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Key indexes drawn with probability ∝ 1/rank (Zipf, s = 1). */
function zipf(n: number, count: number, seed: number): number[] {
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w / total));
  const rnd = random(seed);
  return Array.from({ length: count }, () => {
    const x = rnd();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
}

const readStats = async (stats: Record<Service, string>) =>
  Object.fromEntries(await Promise.all((Object.entries(stats) as [Service, string][]).map(async ([k, u]) => [k, ((await (await fetch(u)).json()) as { requests: number }).requests]))) as Record<Service, number>;

async function settle(stats: Record<Service, string>) {
  let last = '';
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const now = JSON.stringify(await readStats(stats));
    if (now === last) return;
    last = now;
  }
}

/**
 * One mixed run against `base`: the keys warmed once (unmeasured), then `reads` reads in Zipf order with
 * a checkout of one of `productIds` after every `checkoutEvery` reads, `concurrency` at a time.
 */
export async function runMixed(base: string, db: Kysely<DB>, keys: string[], productIds: number[], opts: MixedOptions, stats: Record<Service, string>): Promise<MixedResult> {
  const checkouts = Math.floor(opts.reads / opts.checkoutEvery);
  const perProduct = Math.ceil(checkouts / productIds.length);
  const shoppers: string[] = [];
  for (const id of productIds) for (const s of await makeShoppers(db, base, id, perProduct)) shoppers.push(s.token);
  for (const k of keys) await call(base, k);
  await settle(stats);
  await Promise.all(Object.values(stats).map((u) => fetch(`${u}/reset`, { method: 'POST' }).then((r) => r.body?.cancel())));

  const order = zipf(keys.length, opts.reads, 20_261_128);
  const ops: (() => Promise<boolean>)[] = [];
  let shopper = 0;
  order.forEach((k, i) => {
    ops.push(async () => (await call(base, keys[k]!)).status === 200);
    if ((i + 1) % opts.checkoutEvery === 0) {
      const token = shoppers[shopper++ % shoppers.length]!;
      ops.push(async () => {
        const r = await call(base, '/api/orders', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': crypto.randomUUID() }, body: CHECKOUT_BODY });
        return r.status === 201;
      });
    }
  });
  let at = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (at < ops.length) {
        const op = ops[at++]!;
        if (!(await op())) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await settle(stats);
  const counts = await readStats(stats);
  return {
    checkoutEvery: opts.checkoutEvery,
    keys: keys.length,
    reads: opts.reads,
    checkouts,
    db: counts.db,
    redis: counts.redis,
    readsWithDb: Math.max(0, counts.db - checkouts),
    seconds,
    readsPerSecond: opts.reads / seconds,
    failures,
  };
}
