/**
 * Neon's SQL-over-HTTP protocol, spoken directly: `POST /sql` with the connection string in a header,
 * Postgres text output back, parsed by type OID exactly as @neondatabase/serverless 1.2 parses it (its
 * pg-types defaults). The driver's package also carries a WebSocket Postgres client this API never uses;
 * speaking the protocol here keeps that out of the Worker. test/node/neon-http.test.ts runs the same
 * statements through the official driver and this client and requires equal results and errors.
 */
import { parseArray, parseTimestamp } from './pg-text';

export interface Statement {
  query: string;
  params: readonly unknown[];
}

/** A single statement's full result, as kysely-neon reads it. */
export interface FullResult {
  command: string;
  rowCount: number | null;
  rows: Record<string, unknown>[];
}

export interface BatchOptions {
  isolationLevel?: 'ReadUncommitted' | 'ReadCommitted' | 'RepeatableRead' | 'Serializable';
  readOnly?: boolean;
  deferrable?: boolean;
}

/** A Postgres error reported by Neon (HTTP 400), or a transport failure (no `code`). */
export class NeonDbError extends Error {
  override name = 'NeonDbError';
  code?: string;
  severity?: string;
  detail?: string;
  hint?: string;
  position?: string;
  constraint?: string;
  schema?: string;
  table?: string;
  column?: string;
  dataType?: string;
  where?: string;
  routine?: string;
}

const ERROR_FIELDS = ['severity', 'code', 'detail', 'hint', 'position', 'where', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;

export interface NeonHttp {
  query(statement: Statement): Promise<FullResult>;
  /** The statements in one request, one transaction; each one's result. */
  transaction(statements: readonly Statement[], opts?: BatchOptions): Promise<FullResult[]>;
}

interface WireField {
  name: string;
  dataTypeID: number;
}
interface WireResult {
  command: string;
  rowCount: number | null;
  fields: WireField[];
  rows: (string | null)[][];
}

/** The endpoint Neon serves a connection string's database on (the driver's default). */
export function defaultEndpoint(connectionString: string): string {
  const host = new URL(connectionString.replace(/^postgres(ql)?:/, 'http:')).hostname;
  return `https://${host.replace(/^[^.]+\./, 'api.')}/sql`;
}

/** A client for one connection string; `endpoint` overrides where requests go (a local stand-in). */
export function neonHttp(connectionString: string, endpoint?: string): NeonHttp {
  const url = new URL(connectionString.replace(/^postgres(ql)?:/, 'http:'));
  if (!url.username || !url.hostname || url.pathname.length < 2) throw new NeonDbError('Wrong URL scheme or missing user, host or database in connection parameters');
  if (!url.searchParams.has('application_name')) url.searchParams.set('application_name', 'edge-commerce-api');
  const conn = `postgresql:${url.href.slice('http:'.length)}`;
  const target = endpoint ?? defaultEndpoint(connectionString);

  const post = async (body: unknown, extra?: Record<string, string>): Promise<unknown> => {
    let res: Response;
    try {
      res = await fetch(target, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Neon-Connection-String': conn, 'Neon-Raw-Text-Output': 'true', 'Neon-Array-Mode': 'true', ...extra },
      });
    } catch (err) {
      throw new NeonDbError(`Error connecting to database: ${err}`, { cause: err });
    }
    if (res.ok) return res.json();
    if (res.status === 400) {
      const fields = (await res.json()) as Record<string, unknown>;
      const err = new NeonDbError(String(fields.message ?? 'database error'));
      for (const k of ERROR_FIELDS) if (typeof fields[k] === 'string') err[k] = fields[k];
      throw err;
    }
    throw new NeonDbError(`Server error (HTTP status ${res.status}): ${await res.text()}`);
  };

  return {
    async query(statement) {
      return toResult((await post(wire(statement))) as WireResult);
    },
    async transaction(statements, opts = {}) {
      const extra: Record<string, string> = {};
      if (opts.isolationLevel !== undefined) extra['Neon-Batch-Isolation-Level'] = opts.isolationLevel;
      if (opts.readOnly !== undefined) extra['Neon-Batch-Read-Only'] = String(opts.readOnly);
      if (opts.deferrable !== undefined) extra['Neon-Batch-Deferrable'] = String(opts.deferrable);
      const r = (await post({ queries: statements.map(wire) }, extra)) as { results?: WireResult[] };
      if (!Array.isArray(r.results)) throw new NeonDbError('Neon internal error: unexpected result format');
      return r.results.map(toResult);
    },
  };
}

function wire(s: Statement): { query: string; params: (string | null)[] } {
  return { query: s.query, params: s.params.map(paramText) };
}

/** A parameter as Postgres text, as node-postgres' prepareValue writes it (the driver sends that). */
export function paramText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return `\\x${[...v].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  if (v instanceof Date) return dateText(v);
  if (Array.isArray(v)) return arrayText(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function arrayText(values: unknown[]): string {
  const parts = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (Array.isArray(v)) return arrayText(v);
    if (v instanceof Uint8Array) return `"\\\\x${[...v].map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
    const text = paramText(v) as string;
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${parts.join(',')}}`;
}

/** node-postgres writes dates in local time with the offset; a Worker's local time is UTC. */
function dateText(d: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  let year = d.getFullYear();
  const bc = year < 1;
  if (bc) year = Math.abs(year) + 1;
  const text = `${pad(year, 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return bc ? `${text} BC` : text;
}

type Parser = (text: string) => unknown;

const int = (t: string) => Number.parseInt(t, 10);
const bool = (t: string) => t === 'TRUE' || t === 't' || t === 'true' || t === 'y' || t === 'yes' || t === 'on' || t === '1';
const json = (t: string) => JSON.parse(t) as unknown;
const array = (each?: Parser): Parser => (t) => parseArray(t, each);
// bytea in Postgres' default hex output (`\\x0102ff`).
const bytea = (t: string) => Uint8Array.from(t.slice(2).match(/../g) ?? [], (h) => Number.parseInt(h, 16));

/** pg-types' text parsers for the types this API reads; any other type stays text, as there. */
const PARSERS: Record<number, Parser> = {
  21: int,
  23: int,
  26: int,
  700: Number.parseFloat,
  701: Number.parseFloat,
  16: bool,
  1082: parseTimestamp,
  1114: parseTimestamp,
  1184: parseTimestamp,
  17: bytea,
  114: json,
  3802: json,
  1000: array(bool),
  1005: array(int),
  1007: array(int),
  1028: array(int),
  1016: array(),
  1021: array(Number.parseFloat),
  1022: array(Number.parseFloat),
  1231: array(Number.parseFloat),
  1115: array(parseTimestamp),
  1182: array(parseTimestamp),
  1185: array(parseTimestamp),
  199: array(json),
  3807: array(json),
  ...Object.fromEntries([651, 1014, 1015, 1008, 1009, 1040, 1041, 3907, 2951, 791, 1183, 1270].map((oid) => [oid, array()])),
};

function toResult(r: WireResult): FullResult {
  const names = r.fields.map((f) => f.name);
  const parsers = r.fields.map((f) => PARSERS[f.dataTypeID]);
  // Every row starts as a copy of one object with all the columns, so the rows share its shape and
  // filling them in overwrites properties instead of adding them one by one.
  const template: Record<string, unknown> = {};
  for (const name of names) template[name] = null;
  const rows = r.rows.map((row) => {
    const out = { ...template };
    for (let i = 0; i < row.length; i++) {
      const v = row[i]!;
      const parse = parsers[i];
      out[names[i]!] = v === null ? null : parse ? parse(v) : v;
    }
    return out;
  });
  return { command: r.command, rowCount: r.rowCount, rows };
}
