import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import type { DB } from '../../src/db/schema';
import { adminCases, bulkOrders, explainAdminList } from '../../scripts/lib/admin-plans';
import { migrateToLatest } from '../../scripts/lib/migrator';

// The admin's order list must stay index-backed as the store grows: every filter and sort is planned on
// 100,000 orders, and none may scan the orders table.
const N = 100_000;
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
}, 420_000);

afterAll(async () => cleanup?.());

describe(`admin order list plans on ${N.toLocaleString('en')} orders (${serverUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  it.each(adminCases().map((c) => [c.name, c] as const))('%s uses an index', async (_name, c) => {
    const plan = await explainAdminList(db, c);
    expect(plan.seqScanOnOrders, JSON.stringify(plan.nodes.map((n) => [n['Node Type'], n['Relation Name'], n['Index Name']]))).toBe(false);
    expect(plan.indexes.length).toBeGreaterThan(0);
  });
});
