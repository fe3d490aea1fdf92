/**
 * Conformance of the Neon HTTP stand-in: the real @neondatabase/serverless driver (and kysely-neon)
 * against it, once over PGlite and once over the local PostgreSQL server.
 */
import { NeonDbError, neon, neonConfig } from '@neondatabase/serverless';
import { type Generated, Kysely } from 'kysely';
import { NeonDialect } from 'kysely-neon';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeonBackend } from '../../local/neon/backend';
import { createPgBackend } from '../../local/neon/backends/pg';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import { type NeonStandin, startNeonStandin } from '../../local/neon/server';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const CONN = 'postgres://app:secret@db.localtest.me/neondb';

const SCHEMA = `
  CREATE TABLE customers (
    id serial PRIMARY KEY,
    email text NOT NULL CONSTRAINT customers_email_key UNIQUE,
    age int CONSTRAINT customers_age_check CHECK (age >= 0)
  );
  CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id int NOT NULL CONSTRAINT orders_customer_id_fkey REFERENCES customers (id),
    total numeric(10, 2) NOT NULL
  );
  CREATE TABLE docs (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), body jsonb, tags text[], at timestamptz);
`;

/** One statement on the server's maintenance database (CREATE/DROP DATABASE need their own session). */
async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

interface Variant {
  kind: 'pglite' | 'pg';
  name: string;
  available: boolean;
  setUp(): Promise<{ backend: NeonBackend; tearDown(): Promise<void> }>;
}

const pgUp = await adminQuery('SELECT 1').then(() => true, () => false);
if (!pgUp) console.warn('neon-standin: PostgreSQL at 127.0.0.1:5432 does not answer; the pg variant is SKIPPED');

const variants: Variant[] = [
  {
    kind: 'pglite',
    name: 'pglite (in memory)',
    available: true,
    setUp: async () => {
      const backend = await createPgliteBackend({});
      return { backend, tearDown: () => backend.close() };
    },
  },
  {
    kind: 'pg',
    name: pgUp ? 'pg (127.0.0.1:5432)' : 'pg (SKIPPED: no PostgreSQL at 127.0.0.1:5432)',
    available: pgUp,
    setUp: async () => {
      const dbName = `neon_conf_${Math.random().toString(36).slice(2, 10)}`;
      await adminQuery(`CREATE DATABASE ${dbName}`);
      const backend = await createPgBackend(`postgres://postgres@127.0.0.1:5432/${dbName}`);
      return {
        backend,
        tearDown: async () => {
          await backend.close();
          await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        },
      };
    },
  },
];

/** Awaits a rejection and checks it is the driver's NeonDbError with the given SQLSTATE. */
async function dbError(p: Promise<unknown>, code: string): Promise<NeonDbError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(NeonDbError);
  expect((e as NeonDbError).code).toBe(code);
  return e as NeonDbError;
}

describe.each(variants)('Neon stand-in over $name', ({ kind, available, setUp }) => {
  let standin: NeonStandin;
  let tearDown: () => Promise<void>;
  const sql = neon(CONN);

  beforeAll(async () => {
    if (!available) return;
    const s = await setUp();
    tearDown = s.tearDown;
    await s.backend.exec(SCHEMA);
    standin = await startNeonStandin({ backend: s.backend, user: 'app', password: 'secret' });
    neonConfig.fetchEndpoint = standin.url; // module-global: each variant points it at its own server
  });
  afterAll(async () => {
    await standin?.close();
    await tearDown?.();
  });

  it.skipIf(!available)('round-trips the common types through the driver parsers', async () => {
    const at = new Date('2024-01-01T00:00:00Z');
    const [row] = await sql.query(
      `SELECT $1::int AS i, $2::bigint AS big, $3::numeric AS num, $4::bool AS b, $5::text AS t,
              $6::jsonb AS obj, $7::jsonb AS arr, $8::timestamptz AS ts, $9::date AS d,
              $10::int[] AS ints, $11::text[] AS texts, $12::uuid AS id, $13::text AS nothing,
              $14::bytea AS bin`,
      [42, '9007199254740993', '12.50', true, 'héllo "x"', { a: 1, b: [1, 2] }, JSON.stringify([1, 'x']), at,
       '2024-02-29', [1, 2, 3], ['a', 'b c', 'd"e', null], '6f1c1e4e-8a4e-4c2b-9d7e-1f2a3b4c5d6e', null,
       Buffer.from([1, 2, 255])],
    );
    expect(row).toMatchObject({ i: 42, big: '9007199254740993', num: '12.50', b: true, t: 'héllo "x"' });
    expect(row?.obj).toEqual({ a: 1, b: [1, 2] });
    expect(row?.arr).toEqual([1, 'x']);
    expect((row?.ts as Date).getTime()).toBe(at.getTime());
    const d = row?.d as Date;
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate()]).toEqual([2024, 2, 29]);
    expect(row?.ints).toEqual([1, 2, 3]);
    expect(row?.texts).toEqual(['a', 'b c', 'd"e', null]);
    expect(row).toMatchObject({ id: '6f1c1e4e-8a4e-4c2b-9d7e-1f2a3b4c5d6e', nothing: null });
    expect([...(row?.bin as Uint8Array)]).toEqual([1, 2, 255]);
  });

  it.skipIf(!available)('stores jsonb and arrays from tagged-template params without double encoding', async () => {
    const body = { name: 'lamp', dims: [10, 20], nested: { ok: true } };
    const [ins] = await sql`INSERT INTO docs (body, tags, at) VALUES (${body}, ${['x', 'y']}, now()) RETURNING *`;
    const [back] = await sql`SELECT body->>'name' AS name, jsonb_typeof(body) AS kind, tags FROM docs WHERE id = ${ins?.id}`;
    expect(back).toEqual({ name: 'lamp', kind: 'object', tags: ['x', 'y'] });
    expect(ins?.body).toEqual(body);
    expect(ins?.at).toBeInstanceOf(Date);
  });

  it.skipIf(!available)('has pgvector wherever the backend can load it', async (ctx) => {
    const [ext] = await sql`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'vector'`;
    if (kind === 'pg' && ext?.n === 0) return ctx.skip(); // this server has no pgvector installed
    expect(ext?.n).toBe(1);
    const [row] = await sql`SELECT ${'[1,2,3]'}::vector <-> ${'[1,2,5]'}::vector AS dist, ${'[0.5,1]'}::vector AS v`;
    expect(row).toEqual({ dist: 2, v: '[0.5,1]' });
  });

  it.skipIf(!available)('reports command and rowCount like Neon, in object and array mode', async () => {
    const full = neon(CONN, { fullResults: true });
    const ins = await full.query("INSERT INTO customers (email) VALUES ('a@x.io'), ('b@x.io')");
    expect([ins.command, ins.rowCount]).toEqual(['INSERT', 2]);
    const upd = await full.query('UPDATE customers SET age = 30 WHERE email = $1', ['a@x.io']);
    expect([upd.command, upd.rowCount]).toEqual(['UPDATE', 1]);
    const sel = await full.query('SELECT id, email FROM customers ORDER BY id');
    expect([sel.command, sel.rowCount, sel.rows.length]).toEqual(['SELECT', 2, 2]);
    expect(sel.rows[0]).toMatchObject({ email: 'a@x.io' });
    expect(sel.fields.map((f) => [f.name, f.dataTypeID])).toEqual([['id', 23], ['email', 25]]);
    expect(sel.fields[0]?.tableID).toBeGreaterThan(0);
    const arr = await full.query('SELECT email, age FROM customers ORDER BY id', [], { arrayMode: true });
    expect(arr.rows).toEqual([['a@x.io', 30], ['b@x.io', null]]);
    const del = await full.query('DELETE FROM customers WHERE email = $1', ['b@x.io']);
    expect([del.command, del.rowCount]).toEqual(['DELETE', 1]);
    const ddl = await full.query('CREATE TEMP TABLE scratch (x int)');
    expect([ddl.command, ddl.rowCount]).toEqual(['CREATE', null]);
  });

  it.skipIf(!available)('answers with the documented wire format', async () => {
    const res = await fetch(standin.url, {
      method: 'POST',
      headers: { 'Neon-Connection-String': CONN, 'Neon-Raw-Text-Output': 'true', 'Neon-Array-Mode': 'true' },
      body: JSON.stringify({ query: 'SELECT $1::int4 AS n, true AS b', params: ['1'] }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      command: 'SELECT',
      rowCount: 1,
      rowAsArray: true,
      fields: [
        { name: 'n', dataTypeID: 23, tableID: 0, columnID: 0, dataTypeSize: 4, dataTypeModifier: -1, format: 'text' },
        { name: 'b', dataTypeID: 16, tableID: 0, columnID: 0, dataTypeSize: 1, dataTypeModifier: -1, format: 'text' },
      ],
      rows: [['1', 't']],
    });
    const objects = await fetch(standin.url, {
      method: 'POST',
      headers: { 'Neon-Connection-String': CONN },
      body: JSON.stringify({ query: 'SELECT 1 AS one' }),
    });
    expect(await objects.json()).toMatchObject({ rowAsArray: false, rows: [{ one: '1' }] });
  });

  it.skipIf(!available)('commits a batch and returns one result per query', async () => {
    const [ins, count] = await sql.transaction([
      sql`INSERT INTO customers (email, age) VALUES ('batch@x.io', 5) RETURNING email`,
      sql`SELECT count(*)::int AS n FROM customers WHERE email = 'batch@x.io'`,
    ]);
    expect(ins).toEqual([{ email: 'batch@x.io' }]);
    expect(count).toEqual([{ n: 1 }]);
  });

  it.skipIf(!available)('rolls a failing batch back entirely', async () => {
    await dbError(
      sql.transaction([
        sql`INSERT INTO customers (email) VALUES ('ghost@x.io')`,
        sql`INSERT INTO customers (email, age) VALUES ('ghost2@x.io', -1)`,
      ]),
      '23514',
    );
    const rows = await sql`SELECT email FROM customers WHERE email LIKE 'ghost%'`;
    expect(rows).toEqual([]);
  });

  it.skipIf(!available)('applies isolation level, read-only and deferrable to a batch', async () => {
    const [iso, ro] = await sql.transaction(
      [sql`SHOW transaction_isolation`, sql`SHOW transaction_read_only`],
      { isolationLevel: 'Serializable', readOnly: true, deferrable: true },
    );
    expect(iso).toEqual([{ transaction_isolation: 'serializable' }]);
    expect(ro).toEqual([{ transaction_read_only: 'on' }]);
    const [plain] = await sql.transaction([sql`SHOW transaction_read_only`], { readOnly: false });
    expect(plain).toEqual([{ transaction_read_only: 'off' }]);
    // A stray BEGIN outside a batch must not leak its transaction into the next request.
    await sql`BEGIN ISOLATION LEVEL SERIALIZABLE`;
    expect(await sql`SHOW transaction_isolation`).toEqual([{ transaction_isolation: 'read committed' }]);
    await dbError(
      sql.transaction([sql`INSERT INTO customers (email) VALUES ('ro@x.io')`], { readOnly: true }),
      '25006',
    );
  });

  it.skipIf(!available)('surfaces constraint violations as NeonDbError with SQLSTATE and constraint', async () => {
    await sql`INSERT INTO customers (email) VALUES ('dup@x.io')`;
    const unique = await dbError(sql`INSERT INTO customers (email) VALUES ('dup@x.io')`, '23505');
    expect(unique).toMatchObject({ constraint: 'customers_email_key', table: 'customers', severity: 'ERROR' });
    expect(unique.detail).toContain('dup@x.io');
    const check = await dbError(sql`INSERT INTO customers (email, age) VALUES ('c@x.io', -5)`, '23514');
    expect(check.constraint).toBe('customers_age_check');
    const fk = await dbError(sql`INSERT INTO orders (customer_id, total) VALUES (999999, 1)`, '23503');
    expect(fk.constraint).toBe('orders_customer_id_fkey');
    const syntax = await dbError(sql.query('SELEC 1'), '42601');
    expect(syntax.position).toBe('1');
    // Neon runs one statement per request over the extended protocol.
    await dbError(sql.query('SELECT $1::int; SELECT 2', [1]), '42601');
  });

  it.skipIf(!available)('rejects a wrong password or user with 28P01', async () => {
    const bad = await dbError(neon('postgres://app:nope@db.localtest.me/neondb')`SELECT 1`, '28P01');
    expect(bad.message).toBe('password authentication failed for user "app"');
    await dbError(neon('postgres://mallory:secret@db.localtest.me/neondb')`SELECT 1`, '28P01');
  });

  it.skipIf(!available)('counts /sql requests', async () => {
    const base = standin.url.replace(/\/sql$/, '');
    expect((await fetch(`${base}/__standin/stats/reset`, { method: 'POST' })).status).toBe(200);
    await sql`SELECT 1`;
    await sql.transaction([sql`SELECT 1`, sql`SELECT 2`]);
    expect(await (await fetch(`${base}/__standin/stats`)).json()).toEqual({ requests: 2 });
    expect(standin.requestCount()).toBe(2);
    standin.resetCount();
    expect(standin.requestCount()).toBe(0);
  });

  it.skipIf(!available)('keeps concurrent batches apart', async () => {
    const batches = Array.from({ length: 8 }, (_, i) =>
      sql.transaction([
        sql`INSERT INTO customers (email) VALUES (${`par${i}@x.io`})`,
        sql`SELECT count(*)::int AS n FROM customers WHERE email = ${`par${i}@x.io`}`,
      ]),
    );
    for (const [, count] of await Promise.all(batches)) expect(count).toEqual([{ n: 1 }]);
  });

  it.skipIf(!available)('runs requests concurrently on pg (pool) and one at a time on PGlite', async () => {
    // The first request waits for a row only the second one writes. On a pool the second runs meanwhile
    // and the first sees its row; on one connection the second runs only after the first has given up.
    await sql`CREATE OR REPLACE FUNCTION wait_for_customer(wanted text, tries int) RETURNS boolean LANGUAGE plpgsql AS $$
      BEGIN
        FOR i IN 1..tries LOOP
          IF EXISTS (SELECT 1 FROM customers WHERE email = wanted) THEN RETURN true; END IF;
          PERFORM pg_sleep(0.01);
        END LOOP;
        RETURN false;
      END $$`;
    const email = `concurrent-${crypto.randomUUID()}@x.io`;
    const [waited] = await Promise.all([
      sql`SELECT wait_for_customer(${email}, ${kind === 'pg' ? 1_500 : 20}) AS seen`,
      sql`INSERT INTO customers (email) VALUES (${email})`,
    ]);
    expect(waited).toEqual([{ seen: kind === 'pg' }]);
  });

  it.skipIf(!available)('works under Kysely through kysely-neon', async () => {
    interface DB {
      customers: { id: Generated<number>; email: string; age: number | null };
    }
    const db = new Kysely<DB>({ dialect: new NeonDialect({ neon: neon(CONN) }) });
    const inserted = await db
      .insertInto('customers')
      .values({ email: 'kysely@x.io', age: 7 })
      .returning(['id', 'email', 'age'])
      .executeTakeFirstOrThrow();
    expect(inserted).toMatchObject({ email: 'kysely@x.io', age: 7 });
    const found = await db.selectFrom('customers').select(['email']).where('id', '=', inserted.id).execute();
    expect(found).toEqual([{ email: 'kysely@x.io' }]);
    const upd = await db.updateTable('customers').set({ age: 8 }).where('id', '=', inserted.id).executeTakeFirst();
    expect(upd.numUpdatedRows).toBe(1n);
    await db.destroy();
  });
});

describe('Neon stand-in HTTP surface', () => {
  const failing: NeonBackend = {
    query: async () => {
      throw new Error('boom');
    },
    transaction: async () => [],
    exec: async () => {},
    close: async () => {},
  };
  let standin: NeonStandin;
  beforeAll(async () => {
    standin = await startNeonStandin({ backend: failing, user: 'app', password: 'secret' });
  });
  afterAll(() => standin.close());
  const post = (path: string, headers: Record<string, string>, body: unknown) =>
    fetch(standin.url.replace(/\/sql$/, path), { method: 'POST', headers, body: JSON.stringify(body) });

  it('serves only POST /sql besides its admin routes', async () => {
    expect((await fetch(standin.url)).status).toBe(405);
    expect((await post('/nope', {}, {})).status).toBe(404);
    expect((await fetch(standin.url.replace(/\/sql$/, '/__standin/stats/reset'))).status).toBe(405);
  });

  it('answers malformed requests with 400 and internal failures with 500', async () => {
    expect((await post('/sql', {}, { query: 'SELECT 1' })).status).toBe(400); // no connection string
    const auth = { 'Neon-Connection-String': CONN };
    expect((await post('/sql', auth, { params: [] })).status).toBe(400);
    const internal = await post('/sql', auth, { query: 'SELECT 1', params: [] });
    expect([internal.status, await internal.json()]).toEqual([500, { message: 'boom' }]);
  });

  it('refuses a port already in use with a clear error', async () => {
    await expect(
      startNeonStandin({ backend: failing, user: 'u', password: 'p', port: standin.port }),
    ).rejects.toThrow(new RegExp(`port ${standin.port}.*EADDRINUSE`));
  });
});
