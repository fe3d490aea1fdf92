/**
 * The database side of the Neon HTTP stand-in: what a backend must offer, and the helpers both
 * backends share. Values stay in Postgres text output form end to end, so the real driver's own
 * type parsers do the decoding, exactly as they do against Neon.
 */

export interface RawField {
  name: string;
  dataTypeID: number;
  tableID: number;
  columnID: number;
  dataTypeSize: number;
  dataTypeModifier: number;
  format: 'text';
}

export interface RawResult {
  command: string;
  rowCount: number | null;
  fields: RawField[];
  rows: (string | null)[][];
}

export type IsolationLevel = 'ReadUncommitted' | 'ReadCommitted' | 'RepeatableRead' | 'Serializable';

export interface TxOptions {
  isolationLevel?: IsolationLevel;
  readOnly?: boolean;
  deferrable?: boolean;
}

export interface NeonBackend {
  /** One statement, extended protocol, params bound as untyped text. */
  query(sql: string, params: (string | null)[]): Promise<RawResult>;
  /** All queries in one BEGIN … COMMIT; rolled back and rethrown on the first error. */
  transaction(queries: { query: string; params: (string | null)[] }[], opts: TxOptions): Promise<RawResult[]>;
  /** Multi-statement script (simple protocol), for schema setup and seeding. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** The Postgres ErrorResponse fields Neon copies into its 400 body (and the driver into NeonDbError). */
export const PG_ERROR_FIELDS = [
  'severity',
  'code',
  'detail',
  'hint',
  'position',
  'internalPosition',
  'internalQuery',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'file',
  'line',
  'routine',
] as const;

export type PgErrorField = (typeof PG_ERROR_FIELDS)[number];

/** An error raised by Postgres itself, as thrown by both backends (pg and PGlite DatabaseError). */
export type PostgresError = Error & { [K in PgErrorField]?: string };

/**
 * True for errors that came from the database server. A SQLSTATE is five characters and a server
 * error always has a severity; socket errors such as ECONNREFUSED have neither shape.
 */
export function isPostgresError(e: unknown): e is PostgresError {
  if (!(e instanceof Error)) return false;
  const { code, severity } = e as PostgresError;
  return typeof severity === 'string' && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

const ISOLATION_SQL: Record<IsolationLevel, string> = {
  ReadUncommitted: 'READ UNCOMMITTED',
  ReadCommitted: 'READ COMMITTED',
  RepeatableRead: 'REPEATABLE READ',
  Serializable: 'SERIALIZABLE',
};

export function isIsolationLevel(v: string): v is IsolationLevel {
  return Object.hasOwn(ISOLATION_SQL, v);
}

/** The BEGIN statement for a batch; options absent from the request keep the server defaults. */
export function beginStatement(opts: TxOptions): string {
  let sql = 'BEGIN';
  if (opts.isolationLevel) sql += ` ISOLATION LEVEL ${ISOLATION_SQL[opts.isolationLevel]}`;
  if (opts.readOnly) sql += ' READ ONLY';
  if (opts.deferrable) sql += ' DEFERRABLE';
  return sql;
}

/**
 * Splits a command tag the way node-postgres does ('INSERT 0 3' → INSERT, 3; 'CREATE TABLE' →
 * CREATE, null), which is also what Neon reports, so rowCount is null where the tag has no count.
 */
export function parseCommandTag(tag: string): { command: string; rowCount: number | null } {
  const m = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/.exec(tag);
  if (!m) return { command: tag, rowCount: null };
  const count = m[3] ?? m[2];
  return { command: m[1] ?? tag, rowCount: count === undefined ? null : Number(count) };
}
