/**
 * PostgREST's URL grammar (the subset postgrest-js emits for plain tables) turned into SQL. Every
 * identifier is checked against the schema cache and quoted; every value becomes a bound parameter.
 */
import { PostgrestError, SchemaCacheMiss, badRequest } from './errors';

/** Collects bound parameters and hands out their `$n` placeholders. */
export class Params {
  readonly values: (string | null)[] = [];
  add(value: string | null): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A relation as SQL sees it: its quoted reference, the columns it has, and its name for errors. */
export interface Relation {
  sql: string;
  name: string;
  columns: string[];
}

/** Query keys that are not column filters. */
export const RESERVED_PARAMS = new Set(['select', 'order', 'limit', 'offset', 'on_conflict', 'columns']);

export function column(rel: Relation, name: string): string {
  if (!rel.columns.includes(name)) {
    throw new SchemaCacheMiss(400, '42703', `column ${rel.name}.${name} does not exist`);
  }
  return `${rel.sql}.${ident(name)}`;
}

export interface Prefer {
  return?: string;
  resolution?: string;
  count?: string;
}

/** `Prefer` may come as several headers or one comma-separated list (Headers.append joins them). */
export function parsePrefer(header: string | string[] | undefined): Prefer {
  const out: Record<string, string> = {};
  for (const item of [header ?? []].flat().join(',').split(',')) {
    const [k, v] = item.trim().split('=');
    if (k && v) out[k] = v;
  }
  return out;
}

/** Splits on commas outside double quotes (select lists and `in.(...)` lists share this). */
function splitList(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted && ch === '\\' && i + 1 < text.length) cur += text[++i];
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** `select=a,b,alias:c` or `*`; embedded resources and casts are beyond this stand-in. */
export function selectList(rel: Relation, select: string | null): string {
  if (select === null || select === '' || select === '*') return `${rel.sql}.*`;
  return splitList(select)
    .map((item) => {
      if (item === '*') return `${rel.sql}.*`;
      if (/[()]|::|->/.test(item)) {
        throw badRequest(`"failed to parse select parameter (${select})"`, 'The Supabase stand-in selects plain columns only');
      }
      const [alias, name] = item.includes(':') ? item.split(':', 2) : [null, item];
      const ref = column(rel, name ?? '');
      return alias ? `${ref} as ${ident(alias)}` : ref;
    })
    .join(', ');
}

/** A Postgres array literal with every element quoted, so the server's type inference does the rest. */
function arrayLiteral(items: string[]): string {
  return `{${items.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

const COMPARISONS: Record<string, string> = {
  eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=',
  like: 'like', ilike: 'ilike', match: '~', imatch: '~*', isdistinct: 'is distinct from',
};
const ORDER_WORDS: Record<string, string> = { asc: 'asc', desc: 'desc', nullsfirst: 'nulls first', nullslast: 'nulls last' };
const IS_VALUES: Record<string, string> = {
  null: 'is null', not_null: 'is not null', true: 'is true', false: 'is false', unknown: 'is unknown',
};

function filterExpr(ref: string, spec: string, params: Params): string {
  const not = spec.startsWith('not.');
  const body = not ? spec.slice(4) : spec;
  const dot = body.indexOf('.');
  const op = dot < 0 ? body : body.slice(0, dot);
  const value = dot < 0 ? '' : body.slice(dot + 1);
  let expr: string;
  if (op === 'is' && IS_VALUES[value.toLowerCase()]) expr = `${ref} ${IS_VALUES[value.toLowerCase()]}`;
  else if (op === 'in' && /^\(.*\)$/s.test(value)) expr = `${ref} = any(${params.add(arrayLiteral(splitList(value.slice(1, -1))))})`;
  else if (COMPARISONS[op] && dot >= 0) {
    // PostgREST lets `*` stand for `%` so patterns survive URL encoding unharmed.
    const v = op === 'like' || op === 'ilike' ? value.replaceAll('*', '%') : value;
    expr = `${ref} ${COMPARISONS[op]} ${params.add(v)}`;
  } else {
    throw badRequest(`"failed to parse filter (${spec})" (line 1, column 1)`, `unknown or unsupported operator "${op}"`);
  }
  return not ? `not (${expr})` : expr;
}

/** The WHERE clause from `col=op.value` parameters (repeats are ANDed, as in PostgREST). */
export function whereClause(rel: Relation, query: URLSearchParams, params: Params, skip: Set<string> = new Set()): string {
  const parts: string[] = [];
  for (const [key, spec] of query) {
    if (RESERVED_PARAMS.has(key) || skip.has(key)) continue;
    if (key === 'or' || key === 'and' || key.includes('.')) {
      throw badRequest(`"failed to parse logic tree (${spec})" (line 1, column 1)`, 'The Supabase stand-in has no and/or trees or embedded filters');
    }
    parts.push(filterExpr(column(rel, key), spec, params));
  }
  return parts.length ? `where ${parts.join(' and ')}` : '';
}

/** `order=a.desc.nullslast,b` into ORDER BY. */
export function orderClause(rel: Relation, order: string | null): string {
  if (!order) return '';
  const terms = order.split(',').map((term) => {
    const [name = '', ...mods] = term.split('.');
    const sql = [column(rel, name)];
    for (const m of mods) {
      const word = ORDER_WORDS[m];
      if (!word) throw badRequest(`"failed to parse order (${order})" (line 1, column ${term.length})`);
      sql.push(word);
    }
    return sql.join(' ');
  });
  return `order by ${terms.join(', ')}`;
}

/** LIMIT/OFFSET from the query, with the offset returned for Content-Range. */
export function pageClause(query: URLSearchParams): { sql: string; offset: number } {
  const num = (key: string): number | undefined => {
    const raw = query.get(key);
    if (raw === null) return undefined;
    if (!/^\d+$/.test(raw)) throw badRequest(`"failed to parse ${key} parameter (${raw})" (line 1, column 1)`);
    return Number(raw);
  };
  const limit = num('limit');
  const offset = num('offset') ?? 0;
  return { sql: `${limit === undefined ? '' : `limit ${limit}`} ${offset ? `offset ${offset}` : ''}`.trim(), offset };
}

/** The `Accept` kinds PostgREST answers here; anything else is its 406 PGRST107. */
export function wantsSingle(accept: string | undefined): boolean {
  const media = (accept || '*/*').split(',').map((m) => m.split(';')[0]?.trim() ?? '');
  if (media.includes('application/vnd.pgrst.object+json')) return true;
  if (media.some((m) => ['*/*', 'application/*', 'application/json', 'application/vnd.pgrst.array+json'].includes(m))) return false;
  throw new PostgrestError(406, 'PGRST107', `None of these media types are available: ${media.join(', ')}`);
}
