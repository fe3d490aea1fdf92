/**
 * The PostgREST side of the stand-in: `/rest/v1/<table>` reads and writes and `/rest/v1/rpc/<fn>`
 * calls. Like PostgREST, each request is one SQL statement that builds its JSON answer in the
 * database (json_agg), and JSON bodies reach columns and arguments through json_populate_recordset
 * / json_to_record, so a JS number array lands in a `vector` column with no special casing.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { NeonBackend } from '../neon/backend';
import { type FunctionInfo, type SchemaCache, type TableInfo, loadSchemaCache, pickOverload } from './catalog';
import { PostgrestError, SchemaCacheMiss, toPostgrestError } from './errors';
import {
  type Prefer,
  type Relation,
  Params,
  RESERVED_PARAMS,
  ident,
  orderClause,
  pageClause,
  parsePrefer,
  selectList,
  wantsSingle,
  whereClause,
} from './query';

export interface RestRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The raw request body ('' when none). */
  body: string;
}

export interface RestReply {
  status: number;
  /** JSON text, or '' for PostgREST's empty answers (return=minimal, 204). */
  body: string;
  headers: Record<string, string>;
}

// What Supabase exposes by default; the stand-in serves only the first.
const EXPOSED_SCHEMAS = ['public'];
const JSON_TYPE = 'application/json; charset=utf-8';

interface Ctx {
  req: RestRequest;
  schema: string;
  cache: SchemaCache;
  params: Params;
  prefer: Prefer;
  single: boolean;
}

type Shape = 'array' | 'single' | 'first';

/**
 * Runs `ctes` plus a row source and answers the JSON array, or one object. Postgres has no RAISE
 * outside PL/pgSQL, so for `.single()` a failing cast aborts the statement when other than one
 * row matched: a write is undone exactly as PostgREST's rollback undoes it (errors.ts maps it).
 */
async function runRows(backend: NeonBackend, ctx: Ctx, ctes: string[], rows: string, shape: Shape, total?: string) {
  const withs = [...ctes, `_r as (${rows})`, `_q as (select coalesce(json_agg(_r), '[]') as body, count(*) as n from _r)`];
  const body = {
    array: '_q.body::text',
    single: `case when _q.n = 1 then (_q.body->0)::text else ('pgrst116:' || _q.n)::int::text end`,
    first: `coalesce((_q.body->0)::text, 'null')`,
  }[shape];
  const sql = `with ${withs.join(', ')} select ${body}, _q.n, ${total ?? 'null'} from _q`;
  const row = (await backend.query(sql, ctx.params.values)).rows[0] ?? [];
  return { body: row[0] ?? '[]', count: Number(row[1] ?? 0), total: row[2] == null ? null : Number(row[2]) };
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new PostgrestError(400, 'PGRST102', 'Empty or invalid json');
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function tableOf(ctx: Ctx, name: string): { info: TableInfo; rel: Relation } {
  const info = ctx.cache.tables.get(name);
  if (!info) throw new SchemaCacheMiss(404, 'PGRST205', `Could not find the table '${ctx.schema}.${name}' in the schema cache`);
  return { info, rel: { sql: `${ident(ctx.schema)}.${ident(name)}`, name, columns: info.columns } };
}

function checkColumns(info: TableInfo, cols: string[]): void {
  const unknown = cols.find((c) => !info.columns.includes(c));
  if (unknown !== undefined) {
    throw new SchemaCacheMiss(400, 'PGRST204', `Could not find the '${unknown}' column of '${info.name}' in the schema cache`);
  }
}

/** Insert columns: `columns=` as postgrest-js sends it (quoted names), else the first object's keys. */
function insertColumns(ctx: Ctx, rows: Record<string, unknown>[]): string[] {
  const param = ctx.req.url.searchParams.get('columns');
  if (param !== null) return param.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const keys = Object.keys(rows[0] ?? {});
  const same = rows.every((r) => Object.keys(r).length === keys.length && keys.every((k) => Object.hasOwn(r, k)));
  if (!same) throw new PostgrestError(400, 'PGRST102', 'All object keys must match');
  return keys;
}

async function readTable(backend: NeonBackend, ctx: Ctx, name: string): Promise<RestReply> {
  const { rel } = tableOf(ctx, name);
  const q = ctx.req.url.searchParams;
  const where = whereClause(rel, q, ctx.params);
  const page = pageClause(q);
  const rows = `select ${selectList(rel, q.get('select'))} from ${rel.sql} ${where} ${orderClause(rel, q.get('order'))} ${page.sql}`;
  const total = ctx.prefer.count ? `(select count(*) from ${rel.sql} ${where})` : undefined;
  const r = await runRows(backend, ctx, [], rows, ctx.single ? 'single' : 'array', total);
  const range = r.count ? `${page.offset}-${page.offset + r.count - 1}` : '*';
  const partial = r.total !== null && r.count < r.total;
  return reply(ctx, partial ? 206 : 200, r.body, { 'content-range': `${range}/${r.total ?? '*'}` });
}

/** INSERT/UPDATE/DELETE through a `_m` CTE, answering per `Prefer: return=`. */
async function mutate(backend: NeonBackend, ctx: Ctx, rel: Relation, dml: string, created: boolean): Promise<RestReply> {
  const out: Relation = { sql: '_m', name: rel.name, columns: rel.columns };
  const rows = `select ${selectList(out, ctx.req.url.searchParams.get('select'))} from _m`;
  const r = await runRows(backend, ctx, [`_m as (${dml} returning ${rel.sql}.*)`], rows, ctx.single ? 'single' : 'array');
  const headers = { 'content-range': `*/${ctx.prefer.count ? r.count : '*'}` };
  if (ctx.prefer.return === 'representation') return reply(ctx, created ? 201 : 200, r.body, headers);
  return reply(ctx, created ? 201 : 204, '', headers);
}

async function insert(backend: NeonBackend, ctx: Ctx, name: string): Promise<RestReply> {
  const { info, rel } = tableOf(ctx, name);
  const body = parseBody(ctx.req.body) ?? {};
  const rows = Array.isArray(body) ? body : [body];
  if (!rows.every(isObject)) throw new PostgrestError(400, 'PGRST102', 'All object keys must match');
  const cols = insertColumns(ctx, rows);
  checkColumns(info, cols);
  const list = cols.map(ident).join(', ');
  const source = `from json_populate_recordset(null::${rel.sql}, ${ctx.params.add(JSON.stringify(rows))}::json) _j`;
  let dml = cols.length ? `insert into ${rel.sql} (${list}) select ${list} ${source}` : `insert into ${rel.sql} select ${source}`;
  const resolution = ctx.prefer.resolution;
  if (resolution === 'merge-duplicates' || resolution === 'ignore-duplicates') {
    // Without on_conflict, PostgREST resolves on the primary key.
    const onConflict = ctx.req.url.searchParams.get('on_conflict');
    const target = onConflict ? onConflict.split(',').map((c) => c.trim()) : info.primaryKey;
    checkColumns(info, target);
    const sets = cols.map((c) => `${ident(c)} = excluded.${ident(c)}`).join(', ');
    if (target.length) {
      const action = resolution === 'merge-duplicates' && sets ? `do update set ${sets}` : 'do nothing';
      dml += ` on conflict (${target.map(ident).join(', ')}) ${action}`;
    }
  }
  return mutate(backend, ctx, rel, dml, true);
}

async function update(backend: NeonBackend, ctx: Ctx, name: string): Promise<RestReply> {
  const { info, rel } = tableOf(ctx, name);
  const body = parseBody(ctx.req.body) ?? {};
  if (!isObject(body)) throw new PostgrestError(400, 'PGRST102', 'Empty or invalid json');
  const cols = Object.keys(body);
  checkColumns(info, cols);
  const where = whereClause(rel, ctx.req.url.searchParams, ctx.params);
  // PostgREST treats an empty PATCH as a no-op; an always-false DELETE is the shortest statement
  // that feeds `_m` no rows, so the answer keeps its usual shape.
  if (!cols.length) return mutate(backend, ctx, rel, `delete from ${rel.sql} ${where || 'where true'} and false`, false);
  const sets = cols.map((c) => `${ident(c)} = _j.${ident(c)}`).join(', ');
  const source = `json_populate_record(null::${rel.sql}, ${ctx.params.add(JSON.stringify(body))}::json) _j`;
  return mutate(backend, ctx, rel, `update ${rel.sql} set ${sets} from ${source} ${where}`, false);
}

async function remove(backend: NeonBackend, ctx: Ctx, name: string): Promise<RestReply> {
  const { rel } = tableOf(ctx, name);
  // No filter deletes every row: PostgREST allows it unless a pre-request hook forbids it.
  return mutate(backend, ctx, rel, `delete from ${rel.sql} ${whereClause(rel, ctx.req.url.searchParams, ctx.params)}`, false);
}

function functionMiss(ctx: Ctx, name: string, keys: string[], candidates: FunctionInfo[]): SchemaCacheMiss {
  const fn = `${ctx.schema}.${name}`;
  const sorted = [...keys].sort().join(', ');
  const withArgs = keys.length ? `(${sorted})` : ' without parameters';
  const searched = keys.length ? `with parameters ${sorted}` : 'without parameters';
  const near = candidates[0];
  return new SchemaCacheMiss(
    404,
    'PGRST202',
    `Could not find the function ${fn}${withArgs} in the schema cache`,
    `Searched for the function ${fn} ${searched} or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.`,
    near ? `Perhaps you meant to call the function ${fn}(${near.args.map((a) => a.name).join(', ')})` : null,
  );
}

async function rpc(backend: NeonBackend, ctx: Ctx, name: string): Promise<RestReply> {
  const q = ctx.req.url.searchParams;
  const candidates = ctx.cache.functions.get(name) ?? [];
  let args: Record<string, unknown>;
  let f: FunctionInfo | undefined;
  if (ctx.req.method === 'GET' || ctx.req.method === 'HEAD') {
    // Query keys naming an argument are arguments; the rest filter the result, as in PostgREST.
    const keys = [...new Set(q.keys())].filter((k) => !RESERVED_PARAMS.has(k));
    f = candidates.find((c) => pickOverload([c], keys.filter((k) => c.args.some((a) => a.name === k))));
    args = Object.fromEntries(keys.filter((k) => f?.args.some((a) => a.name === k)).map((k) => [k, q.get(k)]));
    if (!f) throw functionMiss(ctx, name, keys, candidates);
  } else {
    const body = parseBody(ctx.req.body) ?? {};
    if (!isObject(body)) throw new PostgrestError(400, 'PGRST102', 'Empty or invalid json');
    args = body;
    f = pickOverload(candidates, Object.keys(args));
    if (!f) throw functionMiss(ctx, name, Object.keys(args), candidates);
  }
  const given = f.args.filter((a) => Object.hasOwn(args, a.name));
  const call = `${ident(ctx.schema)}.${ident(f.name)}(${given.map((a) => `${ident(a.name)} := _a.${ident(a.name)}`).join(', ')})`;
  const argJson = JSON.stringify(Object.fromEntries(given.map((a) => [a.name, args[a.name]])));
  const from = given.length
    ? `json_to_record(${ctx.params.add(argJson)}::json) as _a(${given.map((a) => `${ident(a.name)} ${a.type}`).join(', ')}), lateral ${call}`
    : call;

  if (f.returns === 'rows') {
    const rel: Relation = { sql: '_t', name: f.name, columns: f.columns };
    const page = pageClause(q);
    const where = whereClause(rel, q, ctx.params, new Set(Object.keys(args)));
    const rows = `select ${selectList(rel, q.get('select'))} from ${from} as _t ${where} ${orderClause(rel, q.get('order'))} ${page.sql}`;
    const shape = ctx.single ? 'single' : f.returnsSet ? 'array' : 'first';
    return reply(ctx, 200, (await runRows(backend, ctx, [], rows, shape)).body);
  }
  const value = f.returns === 'scalar' && f.returnsSet ? `coalesce(json_agg(_t.v), '[]')::text` : 'to_json(_t.v)::text';
  const r = await backend.query(`select ${value} from ${from} as _t(v)`, ctx.params.values);
  // Since PostgREST 12 a void function answers 204 with no body.
  if (f.returns === 'void') return reply(ctx, 204, '');
  return reply(ctx, 200, r.rows[0]?.[0] ?? 'null');
}

function reply(ctx: Ctx, status: number, body: string, headers: Record<string, string> = {}): RestReply {
  const applied = (['return', 'resolution', 'count'] as const).flatMap((k) => (ctx.prefer[k] ? [`${k}=${ctx.prefer[k]}`] : []));
  return {
    status,
    body,
    headers: {
      ...(body ? { 'content-type': ctx.single ? 'application/vnd.pgrst.object+json; charset=utf-8' : JSON_TYPE } : {}),
      ...(applied.length ? { 'preference-applied': applied.join(', ') } : {}),
      ...headers,
    },
  };
}

/** The PostgREST handler; `path` is what follows `/rest/v1`. */
export function createPostgrest(backend: NeonBackend) {
  const caches = new Map<string, Promise<SchemaCache>>();
  const cacheFor = (schema: string, fresh = false): Promise<SchemaCache> => {
    let p = caches.get(schema);
    if (!p || fresh) {
      p = loadSchemaCache(backend, schema);
      p.catch(() => caches.delete(schema)); // a failed load is retried by the next request
      caches.set(schema, p);
    }
    return p;
  };

  async function route(req: RestRequest, path: string, schema: string, cache: SchemaCache): Promise<RestReply> {
    const single = wantsSingle(req.headers.accept);
    const ctx: Ctx = { req, schema, cache, params: new Params(), prefer: parsePrefer(req.headers.prefer), single };
    const rpcMatch = /^\/rpc\/([^/]+)$/.exec(path);
    if (rpcMatch && ['GET', 'HEAD', 'POST'].includes(req.method)) return rpc(backend, ctx, decodeURIComponent(rpcMatch[1] ?? ''));
    const tableMatch = /^\/([^/]+)$/.exec(path);
    const table = tableMatch && !rpcMatch ? decodeURIComponent(tableMatch[1] ?? '') : undefined;
    if (table !== undefined) {
      if (req.method === 'GET' || req.method === 'HEAD') return readTable(backend, ctx, table);
      if (req.method === 'POST') return insert(backend, ctx, table);
      if (req.method === 'PATCH') return update(backend, ctx, table);
      if (req.method === 'DELETE') return remove(backend, ctx, table);
    }
    throw new PostgrestError(405, 'PGRST117', `Unsupported HTTP method: ${req.method}`);
  }

  return async function handle(req: RestRequest, path: string): Promise<RestReply> {
    const started = Date.now();
    try {
      const reading = req.method === 'GET' || req.method === 'HEAD';
      const schema = String((reading ? req.headers['accept-profile'] : req.headers['content-profile']) ?? EXPOSED_SCHEMAS[0]);
      if (!EXPOSED_SCHEMAS.includes(schema)) {
        throw new PostgrestError(406, 'PGRST106', `Invalid schema: ${schema}`, null, `Only the following schemas are exposed: ${EXPOSED_SCHEMAS.join(', ')}`);
      }
      let cache = await cacheFor(schema);
      if (path === '' || path === '/') {
        // The root is PostgREST's OpenAPI document; callers use it as a liveness probe.
        const paths = Object.fromEntries(['/', ...[...cache.tables.keys()].map((t) => `/${t}`)].map((p) => [p, {}]));
        const doc = { swagger: '2.0', info: { title: 'Supabase stand-in (PostgREST subset)', version: '12' }, paths };
        return { status: 200, body: JSON.stringify(doc), headers: { 'content-type': 'application/openapi+json; charset=utf-8' } };
      }
      try {
        return await route(req, path, schema, cache);
      } catch (e) {
        if (!(e instanceof SchemaCacheMiss) || cache.loadedAt >= started) throw e;
        cache = await cacheFor(schema, true);
        return await route(req, path, schema, cache);
      }
    } catch (e) {
      const err = toPostgrestError(e);
      return { status: err.status, body: JSON.stringify(err.body()), headers: { 'content-type': JSON_TYPE } };
    }
  };
}
