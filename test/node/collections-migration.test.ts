import { Kysely, PGliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import * as m0020 from '../../migrations/0020_collections';
import { migrateToLatest } from '../../scripts/lib/migrator';

// Migration 0020: the collections tables hold their rules in the database too (a list only on a manual
// collection, rules exactly on an automatic one), and `down` removes them and nothing else.
let db: Kysely<any>;
let close: () => Promise<void>;

beforeAll(async () => {
  const lite = await createPgliteBackend({});
  db = new Kysely({ dialect: new PGliteDialect({ pglite: lite.pglite }) });
  close = () => lite.close();
  await migrateToLatest(db, () => {});
}, 120_000);

afterAll(async () => close?.());

const refused = (q: Promise<unknown>) => q.then(() => 'accepted', (err: Error) => err.message);

describe('migration 0020: collections', () => {
  it('keeps lists on manual collections and rules on automatic ones; a product row deleted leaves its lists', async () => {
    const { rows: [p] } = await sql<{ id: number }>`insert into products (name, slug, sku, price_cents) values ('P', 'p-0020', 'SKU-0020', 1000) returning id`.execute(db);
    const { rows: [manual] } = await sql<{ id: number }>`insert into collections (handle, title, kind) values ('m', 'M', 'manual') returning id`.execute(db);
    const { rows: [auto] } = await sql<{ id: number }>`insert into collections (handle, title, kind, rules) values ('a', 'A', 'automatic', '{"in_stock": true}') returning id`.execute(db);
    expect(await refused(sql`insert into collections (handle, title, kind) values ('x', 'X', 'automatic')`.execute(db))).toMatch(/check/);
    expect(await refused(sql`insert into collections (handle, title, kind, rules) values ('y', 'Y', 'manual', '{}')`.execute(db))).toMatch(/check/);
    expect(await refused(sql`insert into collections (handle, title, kind) values ('Bad Handle', 'Z', 'manual')`.execute(db))).toMatch(/check/);
    expect(await refused(sql`insert into collection_products values (${auto!.id}, ${p!.id}, 0)`.execute(db))).toMatch(/^conflict: /);
    await sql`insert into collection_products values (${manual!.id}, ${p!.id}, 0)`.execute(db);
    await sql`delete from products where id = ${p!.id}`.execute(db);
    expect((await sql`select * from collection_products`.execute(db)).rows).toEqual([]);
  });

  it('goes down without a trace, and up again', async () => {
    await m0020.down(db);
    const { rows } = await sql<{ n: number }>`
      select (select count(*) from pg_tables where tablename like 'collection%')::int
           + (select count(*) from pg_proc where proname like 'collection%')::int
           + (select count(*) from pg_trigger where tgname like 'collection%')::int as n`.execute(db);
    expect(rows[0]!.n).toBe(0);
    await m0020.up(db);
    expect((await sql`select count(*)::int as n from collections`.execute(db)).rows).toEqual([{ n: 0 }]);
  });
});
