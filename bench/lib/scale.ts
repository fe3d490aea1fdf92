import { randomBytes } from 'node:crypto';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import type { DB } from '../../src/db/schema';
import { adminCases, adminListStatement, analyticsCases, bulkOrderItems, bulkOrders, bulkSearches, explainAnalyze } from '../../scripts/lib/admin-plans';
import { bulkProducts, explainFacets, explainList, explainSuggest, facetCases, listCases, SUGGEST_CASES } from '../../scripts/lib/list-plans';
import { migrateToLatest } from '../../scripts/lib/migrator';
import { percentile } from './load';
import { settle } from './machine';

export interface ScaleRow {
  name: string;
  /** Planning + execution, as EXPLAIN ANALYZE reports them, over `runs` runs. */
  p50: number;
  p99: number;
  indexes: string[];
  seqScan: boolean;
}

export interface ScaleResult {
  backend: 'PostgreSQL' | 'PGlite';
  products: number;
  runs: number;
  rows: ScaleRow[];
  /** The admin's order list and analytics at store scale (orders and their items). */
  admin?: AdminScaleResult;
}

export interface AdminScaleResult {
  orders: number;
  items: number;
  products: number;
  /** Searches in the log (its rollups kept by their triggers). */
  searches?: number;
  runs: number;
  rows: (Omit<ScaleRow, 'seqScan'> & { seqScans: string[] })[];
}

/** A database of its own for the scale runs, so the 100k rows never meet the load cases' catalogue. */
export async function scratchDb(): Promise<{ db: Kysely<DB>; backend: ScaleResult['backend']; close(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const lite = await createPgliteBackend({});
    return { db: new Kysely<DB>({ dialect: new PGliteDialect({ pglite: lite.pglite }) }), backend: 'PGlite', close: () => lite.close() };
  }
  const name = `ec_bench_scale_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  // The forced drop ends the idle connection; expected, not an error.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    backend: 'PostgreSQL',
    close: async () => {
      await db.destroy().catch(() => {});
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Every filter × sort case of the public list (with and without a cursor) on `products` synthetic
 * rows: the exact SQL the Worker sends, under EXPLAIN ANALYZE, `runs` times each after one
 * unmeasured run (so the pages are in cache, as on a warm server).
 */
export async function runScale(products: number, runs: number, log: (line: string) => void): Promise<ScaleResult> {
  const s = await scratchDb();
  try {
    await migrateToLatest(s.db, () => {});
    const t = performance.now();
    await bulkProducts(s.db, products);
    log(`scale: ${products.toLocaleString('en')} products loaded on ${s.backend} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    // The database writes the load out (checkpoint, WAL) for a while; measured once it is done.
    await settle();
    const rows: ScaleRow[] = [];
    for (const c of listCases()) {
      const first = await explainList(s.db, c, true);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await explainList(s.db, c, true);
        times.push((r.executionMs ?? Number.NaN) + (r.planningMs ?? 0));
      }
      times.sort((a, b) => a - b);
      rows.push({ name: c.name, p50: percentile(times, 0.5), p99: percentile(times, 0.99), indexes: first.indexes, seqScan: first.seqScanOnProducts });
    }
    // A page with every facet counted (one statement), for each filter alone and two at a time.
    for (const c of facetCases()) {
      const first = await explainFacets(s.db, c, true);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await explainFacets(s.db, c, true);
        times.push((r.executionMs ?? Number.NaN) + (r.planningMs ?? 0));
      }
      times.sort((a, b) => a - b);
      rows.push({ name: c.name, p50: percentile(times, 0.5), p99: percentile(times, 0.99), indexes: first.indexes, seqScan: first.seqScanOnProducts });
    }
    // The typeahead statement (GET /api/search/suggest), for prefixes and typos.
    for (const typed of SUGGEST_CASES) {
      const first = await explainSuggest(s.db, typed, true);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await explainSuggest(s.db, typed, true);
        times.push((r.executionMs ?? Number.NaN) + (r.planningMs ?? 0));
      }
      times.sort((a, b) => a - b);
      rows.push({ name: `suggest: "${typed}"`, p50: percentile(times, 0.5), p99: percentile(times, 0.99), indexes: first.indexes, seqScan: first.seqScanOnProducts });
    }
    return { backend: s.backend, products, runs, rows };
  } finally {
    // PGlite's Kysely dialect would close the instance its backend owns: close through the backend.
    await s.close();
  }
}

/** The store-scale sizes: 100,000 orders with about 1,000,000 items over 5,000 products, and 300,000 logged searches. */
export const ADMIN_SCALE = { orders: 100_000, itemsPerOrder: 10, products: 5_000, searches: 300_000 };

/** Loads the orders, items and searches of the store-scale case into `db` (bulkOrders, bulkOrderItems, bulkSearches). */
export async function loadAdminScale(db: Kysely<DB>, size = ADMIN_SCALE, log: (line: string) => void = () => {}): Promise<{ items: number; searches: number }> {
  let t = performance.now();
  await bulkOrders(db, size.orders);
  const items = await bulkOrderItems(db, size.itemsPerOrder, size.products);
  log(`scale: ${size.orders.toLocaleString('en')} orders, ${items.toLocaleString('en')} items loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const searches = await bulkSearches(db, size.searches);
  log(`scale: ${searches.toLocaleString('en')} searches logged (rollups by their triggers) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return { items, searches };
}

/**
 * Every admin order list filter × sort and every analytics statement, as the Worker sends them, under
 * EXPLAIN ANALYZE `runs` times each after one unmeasured run, on a loaded database (loadAdminScale).
 */
export async function measureAdminScale(db: Kysely<DB>, runs: number, only = ''): Promise<AdminScaleResult['rows']> {
  const statements = [
    ...adminCases().map((c) => ({ name: `orders: ${c.name}`, statement: adminListStatement(db, c) })),
    ...analyticsCases().map((c) => ({ name: `analytics: ${c.name}`, statement: c.statement })),
  ].filter((c) => c.name.includes(only));
  const rows: AdminScaleResult['rows'] = [];
  for (const c of statements) {
    const first = await explainAnalyze(db, c.statement);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push((await explainAnalyze(db, c.statement)).ms);
    times.sort((a, b) => a - b);
    rows.push({ name: c.name, p50: percentile(times, 0.5), p99: percentile(times, 0.99), indexes: first.indexes, seqScans: first.seqScans });
  }
  return rows;
}

/** The store-scale case on a scratch database of its own. */
export async function runAdminScale(runs: number, log: (line: string) => void, size = ADMIN_SCALE): Promise<AdminScaleResult> {
  const s = await scratchDb();
  try {
    await migrateToLatest(s.db, () => {});
    const { items, searches } = await loadAdminScale(s.db, size, log);
    await settle();
    return { orders: size.orders, items, products: size.products, searches, runs, rows: await measureAdminScale(s.db, runs) };
  } finally {
    await s.close();
  }
}
