/**
 * `npm run search:reindex`'s engine against the Neon, OpenRouter and Supabase stand-ins, over HTTP
 * as the script runs it: backfill, idempotent reruns, resume after a failure, orphan removal.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PGliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import { type NeonStandin, startNeonStandin } from '../../local/neon/server';
import { type OpenRouterStandin, startOpenRouterStandin } from '../../local/openrouter/server';
import { type SupabaseStandin, startSupabaseStandin } from '../../local/supabase/server';
import { migrateToLatest } from '../../scripts/lib/migrator';
import { type ReindexOptions, type ReindexProgress, reindex } from '../../scripts/lib/reindex';
import { migrateSupabase } from '../../scripts/lib/supabase-db';
import type { DB } from '../../src/db/schema';
import { type Env, loadEnv } from '../../src/lib/env';

const KEYS = { neonUser: 'app', neonPassword: 'reindex-pw', openrouter: 'sk-or-reindex', supabase: 'reindex-service-key' };

let neonBackend: Awaited<ReturnType<typeof createPgliteBackend>>;
let supabaseBackend: Awaited<ReturnType<typeof createPgliteBackend>>;
let neon: NeonStandin;
let openrouter: OpenRouterStandin;
let supabase: SupabaseStandin;
let db: Kysely<DB>;
let supabaseDb: Kysely<any>;
let env: Env;
let dir: string;

const embeddingIds = async () =>
  (await supabaseDb.selectFrom('product_embeddings').select('product_id').orderBy('product_id').execute()).map((r) => r.product_id as number);

/** What the search report counts of the indexing embeddings, every day summed, per source. */
const recorded = async () =>
  db
    .selectFrom('search_indexing_daily')
    .select(['source', sql<number>`sum(embeddings)::int`.as('embeddings'), sql<number>`sum(tokens)::int`.as('tokens'), sql<number>`sum(cost_usd)::float8`.as('cost_usd')])
    .groupBy('source')
    .execute();

function run(overrides: Partial<ReindexOptions> = {}): Promise<ReindexProgress> {
  return reindex(env, { batch: 2, force: false, restart: false, checkpointFile: join(dir, 'checkpoint.json'), ...overrides });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ec-reindex-'));
  neonBackend = await createPgliteBackend({});
  supabaseBackend = await createPgliteBackend({});
  neon = await startNeonStandin({ backend: neonBackend, user: KEYS.neonUser, password: KEYS.neonPassword });
  openrouter = await startOpenRouterStandin({ apiKey: KEYS.openrouter });
  supabase = await startSupabaseStandin({ backend: supabaseBackend, apiKeys: [KEYS.supabase] });
  db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: neonBackend.pglite }) });
  supabaseDb = new Kysely<any>({ dialect: new PGliteDialect({ pglite: supabaseBackend.pglite }) });
  await migrateToLatest(db, () => {});
  await migrateSupabase(supabaseDb, () => {});
  env = loadEnv({
    NEON_PSQL_URL: `postgres://${KEYS.neonUser}:${KEYS.neonPassword}@db.localtest.me/neondb`,
    NEON_HTTP_ENDPOINT: neon.url,
    JWT_SECRET: 'reindex-test-jwt-secret-0123456789abcdef',
    SUPABASE_URL: supabase.url,
    SUPABASE_API_KEY: KEYS.supabase,
    OPEN_ROUTER_API_KEY: KEYS.openrouter,
    OPEN_ROUTER_BASE_URL: openrouter.url,
  });
  const names = ['Hiking Backpack', 'Camping Tent', 'Headlamp', 'Sleeping Bag', 'Trekking Poles'];
  await db
    .insertInto('products')
    .values(names.map((name, i) => ({ name, slug: `p-${i}`, sku: `SKU-${i}`, price_cents: 1000, category: 'outdoors', tags: ['camping'], meta_keywords: [] })))
    .execute();
  await db.updateTable('products').set({ is_active: false }).where('name', '=', 'Trekking Poles').execute();
});

afterAll(async () => {
  for (const s of [neon, openrouter, supabase]) await s?.close();
  await neonBackend?.close();
  await supabaseBackend?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('search reindex', () => {
  it('resumes after a failure from the last finished page, and finishes the backfill', async () => {
    // After the first page, embeddings requests are refused for good (a 400 is not retried).
    const failing = run({
      onProgress: (p) => {
        if (p.done === 2) openrouter.setFault({ kind: 'fail', status: 400 });
      },
    });
    await expect(failing).rejects.toThrow(/rejected/);
    expect(existsSync(join(dir, 'checkpoint.json'))).toBe(true);
    expect(await embeddingIds()).toHaveLength(2);

    openrouter.setFault({ kind: 'ok' });
    openrouter.resetCount();
    const done = await run();
    // Only the rest was embedded this time; the totals include the first run's page.
    expect(openrouter.inputCount()).toBe(2);
    expect(done).toMatchObject({ done: 5, total: 5, embedded: 4, unchanged: 0, deleted: 0 });
    expect(await embeddingIds()).toHaveLength(4);
    expect(existsSync(join(dir, 'checkpoint.json'))).toBe(false);
    // Each page's embeddings request is recorded for the search report, the failed run's first page included.
    expect(await recorded()).toEqual([{ source: 'reindex', embeddings: 4, tokens: done.promptTokens, cost_usd: expect.closeTo(done.costUsd, 10) }]);
  });

  it('is idempotent: a second run embeds nothing', async () => {
    openrouter.resetCount();
    expect(await run()).toMatchObject({ done: 5, embedded: 0, unchanged: 4, deleted: 0, orphans: 0 });
    expect(openrouter.requestCount()).toBe(0);
  });

  it('removes embeddings of unlisted and vanished products, and re-embeds everything with --force', async () => {
    const [first] = await embeddingIds();
    await db.deleteFrom('products').where('id', '=', first!).execute();
    await db.updateTable('products').set({ deleted_at: new Date() }).where('name', '=', 'Headlamp').execute();
    const r = await run();
    expect(r).toMatchObject({ total: 4, embedded: 0, unchanged: 2, deleted: 1, orphans: 1 });
    expect(await embeddingIds()).toHaveLength(2);

    openrouter.resetCount();
    const before = (await recorded())[0]!;
    const forced = await run({ force: true, restart: true });
    expect(forced).toMatchObject({ embedded: 2, unchanged: 0 });
    expect(openrouter.inputCount()).toBe(2);
    // A forced rebuild's embeddings of unchanged content are new calls: counted, once for this run.
    expect(await recorded()).toEqual([
      { source: 'reindex', embeddings: 6, tokens: before.tokens + forced.promptTokens, cost_usd: expect.closeTo(before.cost_usd + forced.costUsd, 10) },
    ]);
  });
});
