/**
 * Reading a Neon SQL-over-HTTP request: the connection-string credentials, the batch options and
 * the JSON body. Header names and values follow what @neondatabase/serverless 1.2 sends.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { isIsolationLevel, type TxOptions } from './backend';

/** A request the stand-in refuses; `fields` are Postgres error fields for the driver's NeonDbError. */
export class RequestError extends Error {
  readonly status: number;
  readonly fields: Record<string, string>;
  constructor(message: string, status = 400, fields: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.fields = fields;
  }
}

export interface SqlQuery {
  query: string;
  params: (string | null)[];
}

export type SqlBody = { kind: 'single'; query: SqlQuery } | { kind: 'batch'; queries: SqlQuery[] };

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Only the exact string `true` switches a Neon header on. */
export function flag(headers: IncomingHttpHeaders, name: string): boolean {
  return header(headers, name) === 'true';
}

function authFailure(user: string): RequestError {
  // Postgres words it the same whether the user or the password is wrong, so neither leaks.
  return new RequestError(`password authentication failed for user "${user}"`, 400, {
    code: '28P01',
    severity: 'FATAL',
  });
}

/**
 * Checks the user and password in Neon-Connection-String. The database name is not checked: the
 * stand-in serves a single database whatever the URL names.
 */
export function checkCredentials(headers: IncomingHttpHeaders, user: string, password: string): void {
  const raw = header(headers, 'Neon-Connection-String');
  if (!raw) throw new RequestError('missing Neon-Connection-String header');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RequestError('invalid Neon-Connection-String header: not a URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new RequestError('invalid Neon-Connection-String header: scheme must be postgres: or postgresql:');
  }
  const gotUser = safeDecode(url.username);
  const gotPassword = safeDecode(url.password);
  if (gotUser !== user || gotPassword !== password) throw authFailure(gotUser);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Batch transaction options from the Neon-Batch-* headers (absent = server default). */
export function txOptions(headers: IncomingHttpHeaders): TxOptions {
  const opts: TxOptions = {};
  const level = header(headers, 'Neon-Batch-Isolation-Level');
  if (level !== undefined) {
    if (!isIsolationLevel(level)) throw new RequestError(`invalid Neon-Batch-Isolation-Level: ${level}`);
    opts.isolationLevel = level;
  }
  if (flag(headers, 'Neon-Batch-Read-Only')) opts.readOnly = true;
  if (flag(headers, 'Neon-Batch-Deferrable')) opts.deferrable = true;
  return opts;
}

function toParam(v: unknown, i: number): string | null {
  if (v === null || typeof v === 'string') return v;
  // The driver always sends text, but Neon also takes plain JSON scalars; bind them as their text.
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new RequestError(`invalid parameter $${i + 1}: expected a string or null`);
}

function toQuery(v: unknown): SqlQuery {
  if (typeof v !== 'object' || v === null) throw new RequestError('each query must be an object');
  const { query, params } = v as { query?: unknown; params?: unknown };
  if (typeof query !== 'string') throw new RequestError('"query" must be a string');
  if (params !== undefined && !Array.isArray(params)) throw new RequestError('"params" must be an array');
  return { query, params: (params ?? []).map(toParam) };
}

/** Parses `{query, params}` or `{queries: [...]}`. */
export function parseBody(text: string): SqlBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RequestError('request body is not valid JSON');
  }
  if (typeof json !== 'object' || json === null) throw new RequestError('request body must be a JSON object');
  const { queries } = json as { queries?: unknown };
  if (queries !== undefined) {
    if (!Array.isArray(queries)) throw new RequestError('"queries" must be an array');
    return { kind: 'batch', queries: queries.map(toQuery) };
  }
  return { kind: 'single', query: toQuery(json) };
}
