import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from './db';
import { captureLogs, unique } from './helpers';
import { countingClient } from './round-trips';
import { insertProduct, runIndexBatch, type SearchBody, searchPath } from './search';

// Search against this file's own set of stand-ins: exact round-trip counts, the dependencies'
// fault switches (degraded mode), the queue consumer's retries and re-embedding economy.

const client = countingClient('search');
const env = client.env;
const openrouterOrigin = new URL(env.OPEN_ROUTER_BASE_URL!).origin;

const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const setFault = (mode: Record<string, unknown>) => post(`${openrouterOrigin}/__standin/fault`, mode);
const setSupabaseDown = (down: boolean) => post(`${env.SUPABASE_URL}/__standin/down`, { down });
const setRedisDown = (down: boolean) => post(`${env.UPSTASH_REDIS_REST_URL}/__standin/down`, { down });
const openrouterInputs = async () => ((await (await fetch(`${openrouterOrigin}/__standin/stats`)).json()) as { inputs: number }).inputs;
const openrouterSpent = async () =>
  ((await (await fetch(`${env.OPEN_ROUTER_BASE_URL}/key`, { headers: { Authorization: `Bearer ${env.OPEN_ROUTER_API_KEY}` } })).json()) as { data: { usage: number } }).data.usage;
const redisCommands = async () => ((await (await fetch(`${env.UPSTASH_REDIS_REST_URL}/__standin/stats`)).json()) as { commands: number }).commands;

/** The catalog version in this set's Redis; with a shared Redis (REDIS_URL) other files bump it. */
async function catalogVersion(): Promise<unknown> {
  const res = await fetch(env.UPSTASH_REDIS_REST_URL!, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env.UPSTASH_REDIS_REST_TOKEN}` },
    body: JSON.stringify(['GET', 'catalog:version']),
  });
  return ((await res.json()) as { result: unknown }).result;
}

/**
 * Counts of one request after `prime` (requests not counted). Measured again, with fresh queries,
 * if another test file changed the catalog version meanwhile: that is a legitimate cache miss, not
 * a round trip of ours.
 */
async function measure(step: (attempt: number) => { path: string; prime?: () => Promise<unknown> }) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const { path, prime } = step(attempt);
    const version = await catalogVersion();
    await prime?.();
    await client.reset();
    const res = await client.request(path);
    const counts = await client.counts();
    const commands = await redisCommands();
    if ((await catalogVersion()) === version) return { res, counts, commands, body: (await res.json()) as SearchBody };
  }
  throw new Error('the catalog version changed during every attempt');
}

let category: string;
let bagId: number;

beforeAll(async () => {
  category = unique('stack');
  const caseId = await insertProduct({
    name: 'Notebook Carrying Case',
    category,
    tags: ['laptop', 'sleeve'],
    description: 'A padded carrying case that protects 13 to 16 inch laptops.',
  });
  bagId = await insertProduct({
    name: 'Laptop Messenger Bag',
    category,
    tags: ['laptop', 'bag'],
    description: 'A waxed canvas messenger bag with a padded laptop compartment.',
  });
  const indexed = await runIndexBatch([caseId, bagId], env);
  expect(indexed.explicitAcks).toHaveLength(2);
});

afterEach(async () => {
  await setFault({ kind: 'ok' });
  await setSupabaseDown(false);
  await setRedisDown(false);
});

describe('search: round trips on the critical path', () => {
  it('costs one Redis request for a repeated query, and Redis + OpenRouter + Supabase + Neon when new', async () => {
    const queries = Array.from({ length: 5 }, () => `laptop bag ${unique('r')}`);
    const q = (attempt: number) => queries[attempt]!;
    // New query, embedding not cached: 1 Redis read (the result's lookup script and the
    // embedding's GET, pipelined),
    // OpenRouter, Supabase, 1 Neon query; after the response, 1 Redis request holding both SETs.
    // Analytics go to the queue, whose consumer writes to Neon in batches elsewhere.
    const cold = await measure((a) => ({ path: searchPath(q(a), { category }) }));
    expect(cold.body.meta.mode).toBe('hybrid');
    expect(cold.counts).toEqual({ redis: 2, openrouter: 1, supabase: 1, db: 1 });
    expect(cold.commands).toBe(4);

    // The same query again: the result cache answers; one Redis request (lookup + GET), nothing else.
    const again = await measure((a) => {
      const path = searchPath(q(a), { category });
      return { path, prime: () => client.request(path) };
    });
    expect(again.counts).toEqual({ redis: 1, openrouter: 0, supabase: 0, db: 0 });
    expect(again.commands).toBe(2);
    expect(again.body.data.length).toBeGreaterThan(0);

    // A new result for a known query text (another limit): the embedding comes from the same Redis
    // read, so the critical path is Redis, then Supabase, then Neon; plus the background result SET.
    const warm = await measure((a) => ({
      path: searchPath(q(a), { category, limit: 5 }),
      prime: () => client.request(searchPath(q(a), { category })),
    }));
    expect(warm.counts).toEqual({ redis: 2, openrouter: 0, supabase: 1, db: 1 });
    expect(warm.commands).toBe(3);
  });

  it('records each search for analytics through the queue, cache hits included', async () => {
    const q = `notebook sleeve ${unique('a')}`;
    await client.request(searchPath(q, { category }));
    await client.request(searchPath(q, { category }));
    let rows: { cached: boolean; mode: string; result_count: number; embedding_tokens: number }[] = [];
    for (let i = 0; i < 60 && rows.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 250));
      rows = await testDb().selectFrom('search_queries').select(['cached', 'mode', 'result_count', 'embedding_tokens']).where('query', '=', q).orderBy('id').execute();
    }
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ cached: false, mode: 'hybrid' });
    expect(rows[0]!.embedding_tokens).toBeGreaterThan(0);
    expect(rows[1]).toMatchObject({ cached: true, mode: 'hybrid', result_count: rows[0]!.result_count, embedding_tokens: 0 });
  });
});

describe('search: degraded mode', () => {
  const degraded = async (q: string) => {
    const { result, lines } = await captureLogs(async () => {
      await client.reset();
      const res = await client.request(searchPath(q, { category }));
      return { res, counts: await client.counts() };
    });
    expect(result.res.status).toBe(200);
    expect(result.res.headers.get('Server-Timing')).toContain('search;');
    expect(result.res.headers.get('Server-Timing')).toContain('desc="degraded"');
    expect(result.res.headers.get('Cache-Control')).toBe('private, no-store');
    const body = (await result.res.json()) as SearchBody;
    expect(body.meta.mode).toBe('keyword');
    // Keyword search still answers: the messenger bag says all of these words.
    expect(body.data.map((p) => p.id)).toEqual([bagId]);
    expect(body.data[0]!.match).toBe('keyword');
    return { body, counts: result.counts, warnings: lines.filter((l) => l.level === 'warn' && l.msg === 'semantic search unavailable, answering from keyword search') };
  };

  it('answers from keyword search when OpenRouter fails', async () => {
    await setFault({ kind: 'fail', status: 503 });
    const { counts, warnings } = await degraded('padded messenger');
    expect(counts).toMatchObject({ openrouter: 1, supabase: 0, db: 1 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ dependency: 'openrouter' });
    // Served from the cache for a few seconds, still marked as degraded.
    const again = await client.request(searchPath('padded messenger', { category }));
    expect(again.headers.get('Cache-Control')).toBe('private, no-store');
    expect(((await again.json()) as SearchBody).meta.mode).toBe('keyword');
  });

  it('answers from keyword search when OpenRouter stalls past the timeout', async () => {
    await setFault({ kind: 'stall', ms: 8_000 });
    const { body, warnings } = await degraded('waxed messenger');
    expect(body.meta.took_ms).toBeGreaterThanOrEqual(2_400);
    expect(body.meta.took_ms).toBeLessThan(6_000);
    expect(warnings[0]).toMatchObject({ dependency: 'openrouter' });
    expect(String(warnings[0]!.error_message)).toContain('did not answer');
  });

  it('answers from keyword search when Supabase is down', async () => {
    await setSupabaseDown(true);
    const { counts, warnings } = await degraded('canvas messenger');
    expect(counts).toMatchObject({ openrouter: 1, db: 1 });
    expect(warnings[0]).toMatchObject({ dependency: 'supabase' });
  });
});

describe('search: without Redis', () => {
  it('still answers by meaning, with no caching', async () => {
    await setRedisDown(true);
    await client.reset();
    const res = await client.request(searchPath('laptop sleeve', { category }));
    expect(res.status).toBe(200);
    expect(res.headers.get('Server-Timing')).toContain('cache;dur=');
    const body = (await res.json()) as SearchBody;
    expect(body.meta.mode).toBe('hybrid');
    expect(body.data.length).toBeGreaterThan(0);
    // The failed read marks the cache down for the rest of the request (no writes are attempted);
    // the Redis count is left out: the runtime may retry a connection the stand-in dropped.
    expect(await client.counts()).toMatchObject({ openrouter: 1, supabase: 1, db: 1 });
  });
});

describe('search indexing: queue consumer', () => {
  it('does not re-embed unchanged content', async () => {
    const ids = [
      await insertProduct({ name: 'Ceramic Pour-Over Dripper', category, tags: ['coffee'], alt_texts: ['Dripper on a mug'] }),
      await insertProduct({ name: 'Hand Coffee Grinder', category, tags: ['coffee', 'grinder'] }),
    ];
    await client.reset();
    expect((await runIndexBatch(ids, env)).explicitAcks).toHaveLength(2);
    expect(await openrouterInputs()).toBe(2);

    // Same content: one Neon read and one Supabase read (the stored hashes), no embedding, no write.
    await client.reset();
    expect((await runIndexBatch(ids, env)).explicitAcks).toHaveLength(2);
    expect(await client.counts()).toEqual({ redis: 0, openrouter: 0, supabase: 1, db: 1 });
    expect(await openrouterInputs()).toBe(0);

    // Price and stock are not part of the content; the description is.
    await testDb().updateTable('products').set({ price_cents: 999, stock_quantity: 0 }).where('id', '=', ids[0]!).execute();
    await runIndexBatch(ids, env);
    expect(await openrouterInputs()).toBe(0);
    await testDb().updateTable('products').set({ description: 'Burr grinder with 40 settings.' }).where('id', '=', ids[1]!).execute();
    await runIndexBatch(ids, env);
    expect(await openrouterInputs()).toBe(1);
  });

  it('retries a failed batch with backoff until OpenRouter recovers', async () => {
    const id = await insertProduct({ name: 'Linen Apron', category, tags: ['kitchen', 'apron'] });
    await setFault({ kind: 'fail', status: 502 });
    await client.reset();
    const failed = await runIndexBatch([id], env, 1);
    expect(failed.explicitAcks).toEqual([]);
    expect(failed.retryMessages).toEqual([{ msgId: expect.any(String), delaySeconds: 10 }]);
    // The client's own retries first (1 + 2 attempts), then the queue's.
    expect((await client.counts()).openrouter).toBe(3);
    expect((await runIndexBatch([id], env, 3)).retryMessages[0]!.delaySeconds).toBe(40);

    await setFault({ kind: 'ok' });
    const recovered = await runIndexBatch([id], env, 4);
    expect(recovered.retryMessages).toEqual([]);
    expect(recovered.explicitAcks).toHaveLength(1);
    const res = await client.request(searchPath('apron for the kitchen', { category }));
    expect(((await res.json()) as SearchBody).data.map((p) => p.id)).toContain(id);
  });

  it("honours a rate limit's Retry-After instead of hammering OpenRouter", async () => {
    const id = await insertProduct({ name: 'Bamboo Cutting Board', category, tags: ['kitchen'] });
    await setFault({ kind: 'fail', status: 429, retryAfterSeconds: 30 });
    await client.reset();
    const limited = await runIndexBatch([id], env, 1);
    expect(limited.retryMessages).toEqual([{ msgId: expect.any(String), delaySeconds: 30 }]);
    // 30 s is longer than the consumer may wait in-process: no second attempt until redelivery.
    expect((await client.counts()).openrouter).toBe(1);
  });

  it('records what indexing embeddings cost once, even when the consumer handles the same message twice', async () => {
    const id = await insertProduct({ name: 'Enamel Camp Mug', category, tags: ['camping', 'mug'], description: 'A speckled enamel mug for the campfire.' });
    const spentBefore = await openrouterSpent();
    await client.reset();
    expect((await runIndexBatch([id], env)).explicitAcks).toHaveLength(1);
    // The first delivery's Supabase write is lost (or its ack is): the redelivered message finds nothing stored and embeds again.
    const supabase = { apikey: env.SUPABASE_API_KEY!, Authorization: `Bearer ${env.SUPABASE_API_KEY}` };
    expect((await fetch(`${env.SUPABASE_URL}/rest/v1/product_embeddings?product_id=eq.${id}`, { method: 'DELETE', headers: supabase })).ok).toBe(true);
    expect((await runIndexBatch([id], env, 2)).explicitAcks).toHaveLength(1);
    expect((await runIndexBatch([id], env, 3)).explicitAcks).toHaveLength(1); // and once more: unchanged, no call
    expect(await openrouterInputs()).toBe(2);

    const logged = await testDb()
      .selectFrom('search_indexing_embeddings')
      .select(['source', 'tokens', sql<number>`cost_usd::float8`.as('cost_usd'), sql<string>`day::text`.as('day')])
      .where('product_id', '=', id)
      .execute();
    expect(logged).toEqual([{ source: 'queue', tokens: expect.any(Number), cost_usd: expect.any(Number), day: expect.any(String) }]);
    const [row] = logged as { tokens: number; cost_usd: number; day: string }[];
    expect(row!.tokens).toBeGreaterThan(0);
    // OpenRouter billed both calls; the report counts the embedding once.
    expect(row!.cost_usd).toBeGreaterThan(0);
    expect((await openrouterSpent()) - spentBefore).toBeCloseTo(2 * row!.cost_usd, 9);
    // The day's rollup is the log summed (read in one statement: other files may be indexing too).
    const { rows } = await sql<{ off: number }>`select count(*)::int as off from search_indexing_daily d
      full join (select day, source, count(*) as n, sum(tokens) as tokens, sum(cost_usd) as cost from search_indexing_embeddings group by 1, 2) l using (day, source)
      where coalesce(d.embeddings, 0) <> coalesce(l.n, 0) or coalesce(d.tokens, 0) <> coalesce(l.tokens, 0) or coalesce(d.cost_usd, 0) <> coalesce(l.cost, 0)`.execute(testDb());
    expect(rows).toEqual([{ off: 0 }]);
  });
});
