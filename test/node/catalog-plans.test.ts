import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import type { DB } from '../../src/db/schema';
import { bulkProducts, explainFacets, explainList, explainSuggest, facetCases, listCases, SUGGEST_CASES } from '../../scripts/lib/list-plans';
import { bulkCollections, collectionCases, explainCollection } from '../../scripts/lib/collection-plans';
import { migrateToLatest } from '../../scripts/lib/migrator';

// The public list must stay index-backed as the catalogue grows: every filter and sort
// combination is planned on 100,000 products, and none may scan the products table.
const N = 100_000;
const serverUrl = process.env.DATABASE_URL;
let db: Kysely<DB>;
let collections: { large: number; small: number };
let cleanup: () => Promise<void>;

beforeAll(async () => {
  if (serverUrl) {
    const name = `ec_plans_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    // The forced drop below ends idle connections; that is expected, not an error.
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
  collections = await bulkCollections(db);
}, 420_000);

afterAll(async () => cleanup?.());

describe(`list query plans on ${N.toLocaleString('en')} products (${serverUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  it.each(listCases().map((c) => [c.name, c] as const))('%s uses an index', async (_name, c) => {
    const plan = await explainList(db, c);
    expect(plan.seqScanOnProducts, JSON.stringify(plan.nodes.map((n) => n['Node Type']))).toBe(false);
    expect(plan.indexes.length).toBeGreaterThan(0);
  });
});

describe(`typeahead plans on ${N.toLocaleString('en')} products (${serverUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  it.each(SUGGEST_CASES)('"%s" reads products through indexes only', async (typed) => {
    const plan = await explainSuggest(db, typed);
    expect(plan.seqScanOnProducts, JSON.stringify(plan.nodes.map((n) => n['Node Type']))).toBe(false);
  });
});

describe(`facet count plans on ${N.toLocaleString('en')} products (${serverUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  // Without a text query the counts read the facet cells (a cut price band too), and the page an index.
  it.each(facetCases().map((c) => [c.name, c] as const))('%s reads products through indexes only', async (_name, c) => {
    const plan = await explainFacets(db, c);
    expect(plan.seqScanOnProducts, JSON.stringify(plan.nodes.map((n) => n['Node Type']))).toBe(false);
  });
});

describe(`collection products plans on ${N.toLocaleString('en')} products (${serverUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  // Cases are built once the collections exist; their ids are read inside the test.
  it.each(collectionCases({ large: 0, small: 0 }).map((c) => [c.name, c] as const))('%s reads through indexes', async (_name, c) => {
    const id = c.collection.kind === 'manual' ? (c.name.includes('(large)') ? collections.large : collections.small) : 0;
    const plan = await explainCollection(db, { ...c, collection: { ...c.collection, id } });
    const scans = plan.nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']);
    expect(scans, JSON.stringify(plan.nodes.map((n) => [n['Node Type'], n['Index Name'] ?? n['Relation Name']]))).not.toContain('products');
    expect(scans).not.toContain('collection_products');
    expect(plan.indexes.length).toBeGreaterThan(0);
  });
});
