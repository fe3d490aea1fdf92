/**
 * The Worker's own Neon HTTP client (src/clients/neon-http.ts) against the official driver: the same
 * statements through both, over the Neon stand-in, must give equal rows, full results and errors.
 */
import { neon, neonConfig, NeonDbError as DriverError } from '@neondatabase/serverless';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import { type NeonStandin, startNeonStandin } from '../../local/neon/server';
import { defaultEndpoint, NeonDbError, neonHttp, type Statement } from '../../src/clients/neon-http';

const CONN = 'postgres://app:secret@db.localtest.me/neondb';

let standin: NeonStandin;
let close: () => Promise<void>;
const driver = neon(CONN);
let ours: ReturnType<typeof neonHttp>;

beforeAll(async () => {
  const backend = await createPgliteBackend({});
  await backend.exec(`CREATE TABLE items (id serial PRIMARY KEY, sku text NOT NULL CONSTRAINT items_sku_key UNIQUE, qty int CHECK (qty >= 0));`);
  standin = await startNeonStandin({ backend, user: 'app', password: 'secret' });
  close = () => backend.close();
  neonConfig.fetchEndpoint = standin.url;
  ours = neonHttp(CONN, standin.url);
});
afterAll(async () => {
  await standin?.close();
  await close?.();
});

/** Typed arrays compare by their bytes (the driver gives a Buffer, this client a Uint8Array). */
const plain = (v: unknown): unknown =>
  v instanceof Uint8Array ? { bytes: [...v] } : Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v;

async function both(s: Statement) {
  const theirs = (await driver.query(s.query, [...s.params], { fullResults: true })) as unknown as { command: string; rowCount: number | null; rows: unknown[] };
  const mine = await ours.query(s);
  return { theirs: plain({ command: theirs.command, rowCount: theirs.rowCount, rows: theirs.rows }), mine: plain(mine) };
}

const TYPED: Statement[] = [
  { query: 'SELECT 1::int2 a, 2::int4 b, 3::int8 c, 4::oid d, 1.5::float4 e, 2.25::float8 f, 12.50::numeric g, true h, false i', params: [] },
  { query: `SELECT '2024-01-01 10:00:00+00'::timestamptz a, '2024-06-30 23:59:59.999999+05:30'::timestamptz b, '2024-02-29 12:34:56.789'::timestamp c, '2024-02-29'::date d, 'infinity'::timestamptz e, '-infinity'::date f, '0044-03-15'::date g, '0044-03-15 BC'::date h`, params: [] },
  { query: `SELECT '{"a":1,"b":[1,2]}'::jsonb a, '[1,"x",null]'::json b, 'null'::jsonb c, '"s"'::jsonb d`, params: [] },
  { query: `SELECT ARRAY[1,2,NULL]::int[] a, ARRAY[1,2]::int2[] b, ARRAY['9007199254740993']::int8[] c, ARRAY[1.5,NULL]::float8[] d, ARRAY[1.25]::numeric[] e, ARRAY[true,false,NULL] f, '{}'::text[] g`, params: [] },
  { query: `SELECT ARRAY['a','b c','d"e','f\\g','NULL',NULL,'',' x ','{y}',',']::text[] a, ARRAY['v']::varchar[] b, '{{1,2},{3,4}}'::int[] c, '[0:1]={7,8}'::int[] d`, params: [] },
  { query: `SELECT ARRAY['6f1c1e4e-8a4e-4c2b-9d7e-1f2a3b4c5d6e']::uuid[] a, ARRAY['{"k":1}'::jsonb, NULL] b, ARRAY['2024-01-01 00:00:00+00'::timestamptz] c, ARRAY['2024-01-01'::date] d, '\\x0102ff'::bytea e, ''::bytea f`, params: [] },
  { query: `SELECT 'x'::text a, NULL::text b, 'é "q"'::varchar c, '12:00'::time d, '1 day'::interval::text e, 'a'::char(3) f`, params: [] },
  {
    query: 'SELECT $1::int a, $2::bigint b, $3::bool c, $4::text d, $5::jsonb e, $6::timestamptz f, $7::int[] g, $8::text[] h, $9::bytea i, $10::text j, $11::bigint k',
    params: [42, '9007199254740993', true, 'héllo', { a: [1, { b: 'c"d' }] }, new Date('2024-05-06T07:08:09.123Z'), [1, null, 3], ['a"b', 'c\\d', null, 'NULL', ''], new Uint8Array([0, 16, 255]), null, 12n],
  },
  { query: 'SELECT $1::text[] a, $2::int[] b', params: [[['x', 'y'], ['z', null]], []] },
  { query: "SELECT s AS n, 'row ' || s AS label FROM generate_series(1, 3) s", params: [] },
];

describe('the Worker\'s Neon HTTP client against @neondatabase/serverless', () => {
  it.each(TYPED.map((s, i) => [i, s] as const))('reads statement %i exactly as the driver does', async (_i, s) => {
    const { theirs, mine } = await both(s);
    expect(mine).toEqual(theirs);
  });

  it('reports commands and row counts of writes as the driver does (kysely-neon reads them)', async () => {
    for (const [query, a, b] of [
      ['INSERT INTO items (sku, qty) VALUES ($1, 1), ($1 || 2, 2)', 'a', 'b'],
      ['UPDATE items SET qty = qty + 1 WHERE sku LIKE $1', 'a%', 'b%'],
      ['DELETE FROM items WHERE sku = $1', 'zzz', 'zzz'],
    ] as const) {
      const theirs = (await driver.query(query, [a], { fullResults: true })) as unknown as { command: string; rowCount: number };
      const mine = await ours.query({ query, params: [b] });
      expect([mine.command, mine.rowCount]).toEqual([theirs.command, theirs.rowCount]);
    }
    await ours.query({ query: 'TRUNCATE items', params: [] });
  });

  it('carries the Postgres error fields the driver carries, and rolls a failing transaction back', async () => {
    await ours.query({ query: "INSERT INTO items (sku, qty) VALUES ('dup', 1)", params: [] });
    const fail = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Record<string, unknown>);
    const dup = "INSERT INTO items (sku, qty) VALUES ('dup', 1)";
    const theirs = await fail(driver.query(dup));
    const mine = await fail(ours.query({ query: dup, params: [] }));
    expect(theirs).toBeInstanceOf(DriverError);
    expect(mine).toBeInstanceOf(NeonDbError);
    for (const k of ['message', 'code', 'constraint', 'detail', 'table', 'schema', 'severity']) expect(mine?.[k], k).toEqual(theirs?.[k]);
    expect(mine?.code).toBe('23505');

    const batch = [
      { query: "INSERT INTO items (sku, qty) VALUES ('t1', 1)", params: [] },
      { query: 'INSERT INTO items (sku, qty) VALUES ($1, $2)', params: ['t2', -1] },
    ];
    const txErr = await fail(ours.transaction(batch, { isolationLevel: 'Serializable', readOnly: false }));
    expect(txErr?.code).toBe('23514');
    const left = await ours.query({ query: "SELECT count(*)::int n FROM items WHERE sku LIKE 't%'", params: [] });
    expect(left.rows).toEqual([{ n: 0 }]);
    const readOnly = await fail(ours.transaction(batch.slice(0, 1), { readOnly: true }));
    expect(readOnly?.code).toBe('25006');
  });

  it('returns each statement of a transaction as the driver does', async () => {
    const statements = [
      { query: "INSERT INTO items (sku, qty) VALUES ('u1', 5) RETURNING id > 0 AS ok, qty", params: [] },
      { query: 'SELECT sku, qty FROM items WHERE sku = $1', params: ['u1'] },
    ];
    const mine = await ours.transaction(statements);
    expect(mine.map((r) => r.rows)).toEqual([[{ ok: true, qty: 5 }], [{ sku: 'u1', qty: 5 }]]);
    const theirs = (await driver.transaction([driver.query('SELECT sku, qty FROM items WHERE sku = $1', ['u1'])])) as unknown[];
    expect(mine[1]!.rows).toEqual(theirs[0]);
  });

  it('refuses wrong credentials and turns an unreachable or failing server into errors without a SQLSTATE', async () => {
    const wrong = neonHttp('postgres://app:nope@db.localtest.me/neondb', standin.url);
    const denied = await wrong.query({ query: 'SELECT 1', params: [] }).then(() => null, (e: NeonDbError) => e);
    expect(denied?.code).toBe('28P01');
    const gone = neonHttp(CONN, 'http://127.0.0.1:9/sql');
    const down = await gone.query({ query: 'SELECT 1', params: [] }).then(() => null, (e: NeonDbError) => e);
    expect(down).toBeInstanceOf(NeonDbError);
    expect(down?.code).toBeUndefined();
    expect(down?.message).toMatch(/^Error connecting to database/);
  });

  it('finds Neon\'s HTTP endpoint from the connection string as the driver does', () => {
    expect(defaultEndpoint('postgresql://u:p@ep-cool-123-pooler.eu-central-1.aws.neon.tech/db?sslmode=require')).toBe('https://api.eu-central-1.aws.neon.tech/sql');
  });
});
