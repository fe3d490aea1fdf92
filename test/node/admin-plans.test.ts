import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import type { DB } from '../../src/db/schema';
import { adminCases, analyticsCases, bulkOrderItems, bulkOrders, bulkSearches, explainAdminList, explainAnalyze } from '../../scripts/lib/admin-plans';
import { migrateToLatest } from '../../scripts/lib/migrator';

// The admin's order list must stay index-backed as the store grows: every filter and sort is planned on
// 100,000 orders, and none may scan the orders table. The analytics read their rollups by key: none scans the
// orders, their items or the search log (100,000 searches here; the bench logs 300,000).
const N = 100_000;
const SEARCHES = 100_000;
const serverUrl = process.env.DATABASE_URL;
let db: Kysely<DB>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  if (serverUrl) {
    const name = `ec_admin_plans_${Date.now().toString(36)}`;
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
  await bulkOrders(db, N);
  // Two lines an order on average here (the bench loads ten: scripts/admin-scale.ts); the plans are the same.
  await bulkOrderItems(db, 2, 2_000);
  await bulkSearches(db, SEARCHES);
}, 600_000);

afterAll(async () => cleanup?.());

describe(`admin order list plans on ${N.toLocaleString('en')} orders (${serverUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  it.each(adminCases().map((c) => [c.name, c] as const))('%s uses an index', async (_name, c) => {
    const plan = await explainAdminList(db, c);
    expect(plan.seqScanOnOrders, JSON.stringify(plan.nodes.map((n) => [n['Node Type'], n['Relation Name'], n['Index Name']]))).toBe(false);
    expect(plan.indexes.length).toBeGreaterThan(0);
  });
});

describe(`analytics plans on ${N.toLocaleString('en')} orders and their items and ${SEARCHES.toLocaleString('en')} searches`, () => {
  it.each(analyticsCases().map((c) => [c.name, c] as const))('%s reads rollups by index', async (name, c) => {
    const plan = await explainAnalyze(db, c.statement);
    expect(plan.seqScans.filter((t) => ['orders', 'order_items', 'product_sales_daily', 'product_sales_periods', 'search_queries', 'search_query_periods'].includes(t))).toEqual([]);
    if (name.startsWith('top')) expect(plan.indexes).toContain('product_sales_periods_pkey');
    if (name.startsWith('search') && name.endsWith('queries')) expect(plan.indexes).toContain('search_query_periods_pkey');
    // One row a day: a year of them may be read whole (the planner's choice), by key otherwise.
    // The same for the indexing's embedding costs (at most two rows a day: queue and reindex).
    for (const t of ['search_daily', 'search_indexing_daily']) {
      if (name.startsWith('search') && name.endsWith('days')) expect([...plan.indexes, ...plan.seqScans].some((x) => x.startsWith(t))).toBe(true);
    }
    expect(plan.indexes.filter((i) => i.startsWith('search_queries'))).toEqual([]);
  });
});
