/**
 * Error bodies as Supabase answers them: PostgREST's `{code, details, hint, message}` with its
 * SQLSTATE → HTTP status table, and the API gateway's own 401 shape for bad API keys.
 */
import { isPostgresError } from '../neon/backend';

/** A PostgREST-shaped failure; the body is sent as is with `status`. */
export class PostgrestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: string | null = null,
    readonly hint: string | null = null,
  ) {
    super(message);
  }

  body(): Record<string, string | null> {
    return { code: this.code, details: this.details, hint: this.hint, message: this.message };
  }
}

/**
 * A name the schema cache does not know. The request is retried once after a cache reload, the
 * way PostgREST picks up DDL after `NOTIFY pgrst`, so tests need not restart the stand-in.
 */
export class SchemaCacheMiss extends PostgrestError {}

/** A request the stand-in cannot parse (PostgREST's PGRST100 family). */
export const badRequest = (message: string, details: string | null = null) =>
  new PostgrestError(400, 'PGRST100', message, details);

/** What the gateway (Kong) in front of every Supabase service answers without a valid key. */
export function gatewayUnauthorized(missing: boolean): Record<string, string> {
  return missing
    ? { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' }
    : { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' };
}

/** PostgREST's status for a SQLSTATE (docs: "HTTP status codes", errors from PostgreSQL). */
export function statusForSqlState(code: string): number {
  const exact: Record<string, number> = {
    '23503': 409, // foreign_key_violation
    '23505': 409, // unique_violation
    '25006': 405, // read_only_sql_transaction
    '42883': 404, // undefined_function
    '42P01': 404, // undefined_table
    '42P17': 500, // infinite_recursion
    // Keys act as service_role here, so a privilege error is always "authenticated but not allowed".
    '42501': 403,
    P0001: 400, // raise_exception
  };
  if (exact[code] !== undefined) return exact[code];
  const byClass: Record<string, number> = {
    '08': 503, '09': 500, '0L': 403, '0P': 403, '25': 500, '28': 403, '2D': 500, '38': 500,
    '39': 500, '3B': 500, '40': 500, '53': 503, '54': 500, '55': 500, '57': 500, '58': 500,
    F0: 500, HV: 500, P0: 500, XX: 500,
  };
  return byClass[code.slice(0, 2)] ?? 400;
}

// The marker a failed cast carries when `.single()` finds other than one row (see postgrest.ts).
const SINGLE_MARKER = /invalid input syntax for type integer: "pgrst116:(\d+)"/;

/** The PGRST116 answer for a `.single()` that matched `rows` rows. */
export const notOneRow = (rows: number) =>
  new PostgrestError(406, 'PGRST116', 'Cannot coerce the result to a single JSON object', `The result contains ${rows} rows`);

/** Turns anything thrown while serving a PostgREST request into the status and body to send. */
export function toPostgrestError(e: unknown): PostgrestError {
  if (e instanceof PostgrestError) return e;
  if (isPostgresError(e)) {
    const single = SINGLE_MARKER.exec(e.message);
    if (single) return notOneRow(Number(single[1]));
    const code = e.code ?? 'XX000';
    return new PostgrestError(statusForSqlState(code), code, e.message, e.detail ?? null, e.hint ?? null);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new PostgrestError(500, 'PGRST000', `stand-in failure: ${message}`);
}
