import { parseArgs } from 'node:util';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { ADMIN_SCALE, loadAdminScale, measureAdminScale } from '../bench/lib/scale';
import { bulkSearches } from './lib/admin-plans';
import type { DB } from '../src/db/schema';
import { migrateToLatest } from './lib/migrator';

// npx tsx scripts/admin-scale.ts --database NAME [--runs 20]: the admin order list and analytics at store
// scale (100,000 orders, ~1,000,000 items, 300,000 searches) on the PostgreSQL of DATABASE_URL, in a database of that name that
// is created and loaded on first use and kept, so plans can be measured again after a change. Prints the
// p50/p99 (planning + execution) and the indexes of each statement.
const { values } = parseArgs({ options: { database: { type: 'string' }, runs: { type: 'string', default: '20' }, only: { type: 'string' } } });
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl || !values.database || !/^[a-z0-9_]+$/.test(values.database)) {
  console.error('usage: DATABASE_URL=postgres://… npx tsx scripts/admin-scale.ts --database NAME [--runs N] [--only TEXT]');
  process.exit(2);
}
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
if (!(await admin.query('select 1 from pg_database where datname = $1', [values.database])).rowCount) await admin.query(`create database ${values.database}`);
await admin.end();
const url = new URL(serverUrl);
url.pathname = `/${values.database}`;
const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString(), max: 1 }) }) });
try {
  await migrateToLatest(db, console.log);
  const { n } = (await sql<{ n: number }>`select count(*)::int as n from orders`.execute(db)).rows[0]!;
  if (n === 0) await loadAdminScale(db, undefined, console.log);
  else if ((await sql<{ n: number }>`select count(*)::int as n from search_queries`.execute(db)).rows[0]!.n === 0) {
    // A database loaded before searches were part of the case.
    const t = performance.now();
    const searches = await bulkSearches(db, ADMIN_SCALE.searches);
    console.log(`scale: ${searches.toLocaleString('en')} searches logged in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const rows = await measureAdminScale(db, Number(values.runs), values.only ?? '');
  for (const r of rows) console.log(`${r.name.padEnd(52)} p50 ${r.p50.toFixed(2).padStart(8)}  p99 ${r.p99.toFixed(2).padStart(8)}  ${r.indexes.join(', ') || '-'}${r.seqScans.length ? `  SEQ ${r.seqScans.join(',')}` : ''}`);
} finally {
  await db.destroy();
}
