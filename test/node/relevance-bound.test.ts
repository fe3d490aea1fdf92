import fc from 'fast-check';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import { type ListFilters, listProducts, RELEVANCE_CANDIDATES, RELEVANCE_EXACT_UP_TO, type SortKey, tsQuery } from '../../src/db/queries/products';
import type { DB } from '../../src/db/schema';
import { bulkProducts } from '../../scripts/lib/list-plans';
import { migrateToLatest } from '../../scripts/lib/migrator';

// Relevance ranks a bounded set of candidates (the newest matches); on the synthetic catalogue the
// scale cases are measured on, its first two pages must be exactly those of ranking every match.
const serverUrl = process.env.DATABASE_URL;
const N = serverUrl ? 100_000 : 25_000;
let db: Kysely<DB>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  if (serverUrl) {
    const name = `ec_relevance_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    pool.on('error', () => {});
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    cleanup = async () => {
      await db.destroy();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    const lite = await createPgliteBackend({});
    db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: lite.pglite }) });
    cleanup = () => lite.close();
  }
  await migrateToLatest(db, () => {});
  await bulkProducts(db, N);
  // Some products unlisted (inactive, deleted): shoppers' relevance must never rank them, admins' must.
  await sql`update products set is_active = false where id % 13 = 0`.execute(db);
  await sql`update products set deleted_at = now() where id % 29 = 0`.execute(db);
}, 420_000);
afterAll(async () => cleanup?.());

const PAGE = 20;
type Row = { id: number; sort_key: SortKey };

/** Every match ranked, as the list did before the bound: the reference. */
async function unbounded(f: ListFilters, cursor: SortKey | null): Promise<number[]> {
  let q = listProducts(db, { ...f, q: undefined }, 'newest', PAGE, null).clearOrderBy().where(sql<boolean>`search_vector @@ ${tsQuery(f.q!)}`);
  const rank = sql`ts_rank_cd(search_vector, ${tsQuery(f.q!)})`;
  if (cursor) q = q.where(sql<boolean>`(${rank} < ${cursor[0]}::real or (${rank} = ${cursor[0]}::real and id < ${Number(cursor[1])}::int))`);
  const rows = await q.orderBy(rank, 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => r.id);
}

async function bounded(f: ListFilters, cursor: SortKey | null): Promise<Row[]> {
  return (await listProducts(db, f, 'relevance', PAGE, cursor).execute()) as Row[];
}

/** The first two pages (the second through the first's cursor) agree with the unbounded ranking. */
async function expectSamePages(f: ListFilters) {
  const first = await bounded(f, null);
  expect(first.map((r) => r.id), `first page of ${JSON.stringify(f)}`).toEqual(await unbounded(f, null));
  if (first.length <= PAGE) return;
  const cursor = first[PAGE - 1]!.sort_key;
  const second = await bounded(f, cursor);
  expect(second.map((r) => r.id), `second page of ${JSON.stringify(f)}`).toEqual(await unbounded(f, cursor));
}

/** The matches' ids, newest first, and their count. */
async function matchIds(f: ListFilters): Promise<number[]> {
  const rows = await listProducts(db, { ...f, q: undefined }, 'newest', 1_000_000, null)
    .clearOrderBy()
    .where(sql<boolean>`search_vector @@ ${tsQuery(f.q!)}`)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * With at most RELEVANCE_EXACT_UP_TO matches, the pages are those of ranking every match. With more, the
 * first page is ranked over the newest matches only: sorted by rank, and every row among the newest
 * 2 × RELEVANCE_CANDIDATES matches (the last id window searched is taken up to RELEVANCE_CANDIDATES).
 */
async function expectBound(f: ListFilters) {
  const ids = await matchIds(f);
  if (ids.length <= RELEVANCE_EXACT_UP_TO) return expectSamePages(f);
  const first = await bounded(f, null);
  expect(first.length).toBe(PAGE + 1);
  const newest = new Set(ids.slice(0, 2 * RELEVANCE_CANDIDATES));
  for (const r of first) expect(newest.has(r.id), `${r.id} is among the newest matches of ${f.q}`).toBe(true);
  const keys = first.map((r) => [Number(r.sort_key[0]), Number(r.sort_key[1])] as const);
  for (let i = 1; i < keys.length; i++) {
    const [[ra, ia], [rb, ib]] = [keys[i - 1]!, keys[i]!];
    expect(ra > rb || (ra === rb && ia > ib)).toBe(true);
  }
}

// The synthetic catalogue's words: names, brands, categories, tags and descriptions.
const WORDS = [
  'item', 'lamp', 'kettle', 'speaker', 'mug', 'desk', 'backpack', 'shoes', 'serum', 'acme', 'lumen', 'oakline', 'northwind', 'fjord',
  'electronics', 'computers', 'home', 'kitchen', 'books', 'wireless', 'coffee', 'office', 'travel', 'gift', 'sale', 'new',
  'portable', 'deep', 'bass', 'stoneware', 'everyday', 'synthetic', 'number', '12', '4000',
];

describe(`relevance over bounded candidates on ${N.toLocaleString('en')} products`, () => {
  // The scale cases' queries, broad ones included: their best matches recur among the newest products.
  it.each(['wireless speaker', 'portable speaker', 'coffee mug', 'lamp', 'item', 'acme kettle', 'stoneware coffee mug', 'speaker -wireless', '"deep bass"', 'lamp or kettle'])(
    'the scale query "%s" pages exactly as if every match were ranked',
    async (q) => expectSamePages({ q, includeInactive: false }),
    60_000,
  );

  // "wireless": its best matches (wireless in the tags and the description) are one product in 120, so
  // twenty of them lie past the candidates: the first page is the best of the newest matches.
  it.each(['wireless', 'item or electronics'])('the broad query "%s" ranks its newest matches', async (q) => {
    expect((await matchIds({ q, includeInactive: false })).length).toBeGreaterThan(RELEVANCE_EXACT_UP_TO);
    await expectBound({ q, includeInactive: false });
  });

  it('random queries and filters: exact up to the bound, the newest matches ranked past it', async () => {
    const query = fc.record({
      words: fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
      or: fc.boolean(),
      brand: fc.option(fc.constantFrom('Acme', 'Lumen', 'Fjord'), { nil: undefined }),
      // Two filters narrow most queries below the bound, where the ranking must be exact.
      category: fc.option(fc.constantFrom('electronics', 'home', 'books'), { nil: undefined }),
      inStock: fc.option(fc.boolean(), { nil: undefined }),
      tags: fc.option(fc.uniqueArray(fc.constantFrom('wireless', 'coffee', 'gift', 'sale'), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      isFeatured: fc.option(fc.boolean(), { nil: undefined }),
      price: fc.option(fc.tuple(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 30_000 })), { nil: undefined }),
      currency: fc.constantFrom('USD', 'EUR', 'JPY'),
      // Admins' lists read products themselves (inactive and deleted ones too), shoppers' the listed matches.
      includeInactive: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(query, async ({ words, or, price, ...filters }) => {
        const range = price ? { minCents: Math.min(...price), maxCents: Math.max(...price) } : {};
        await expectBound({ q: words.join(or ? ' or ' : ' '), ...filters, ...range });
      }),
      { numRuns: 120, seed: 18 },
    );
  }, 300_000);
});
