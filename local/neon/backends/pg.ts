/**
 * node-postgres backend: a real Postgres server behind the stand-in, with a pool so that
 * concurrent HTTP requests run concurrently, as they do on Neon.
 */
import pg from 'pg';
import { beginStatement, isPostgresError, type NeonBackend, type RawResult } from '../backend';

/** Every type comes back as the server's text output; the Neon driver parses it on the client. */
const RAW_TEXT: pg.CustomTypesConfig = {
  getTypeParser: (() => (value: string) => value) as unknown as pg.CustomTypesConfig['getTypeParser'],
};

async function runExtended(client: pg.PoolClient, text: string, params: (string | null)[]): Promise<RawResult> {
  // queryMode 'extended' even without params: Neon always uses the extended protocol, so a
  // multi-statement string fails here the way it fails there (42601).
  const config = { text, values: params, rowMode: 'array' as const, types: RAW_TEXT, queryMode: 'extended' };
  const res = await client.query<(string | null)[]>(config);
  return {
    command: res.command ?? '', // null only for an empty query string
    rowCount: res.rowCount,
    fields: res.fields.map((f) => ({
      name: f.name,
      dataTypeID: f.dataTypeID,
      tableID: f.tableID,
      columnID: f.columnID,
      dataTypeSize: f.dataTypeSize,
      dataTypeModifier: f.dataTypeModifier,
      format: 'text',
    })),
    rows: res.rows,
  };
}

/** Creates a pool-backed NeonBackend for the given Postgres connection string. */
export async function createPgBackend(connectionString: string): Promise<NeonBackend> {
  const pool = new pg.Pool({ connectionString, max: 20 });
  // An idle client dying (server restart, database dropped) must not crash the process.
  pool.on('error', (err) => console.warn(`[neon stand-in] idle pg client error: ${err.message}`));

  const { rows } = await pool.query<{ ok: number }>(
    "SELECT 1 AS ok FROM pg_available_extensions WHERE name = 'vector'",
  );
  if (rows.length > 0) await pool.query('CREATE EXTENSION IF NOT EXISTS vector');

  /**
   * Runs fn on one pooled client. A client whose session is left inside a transaction (a stray
   * BEGIN sent as a plain query) or that failed below SQL level is destroyed instead of reused,
   * as Neon's proxy drops such connections rather than hand them to the next request.
   */
  const withClient = async <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let discard = false;
    try {
      return await fn(client);
    } catch (e) {
      discard = !isPostgresError(e);
      throw e;
    } finally {
      client.release(discard || client.getTransactionStatus() !== 'I');
    }
  };

  return {
    query: (sql, params) => withClient((client) => runExtended(client, sql, params)),

    transaction: (queries, opts) =>
      withClient(async (client) => {
        await client.query(beginStatement(opts));
        const results: RawResult[] = [];
        try {
          for (const q of queries) results.push(await runExtended(client, q.query, q.params));
        } catch (e) {
          // If ROLLBACK itself fails the session is left in 'E' and withClient destroys it.
          await client.query('ROLLBACK').catch(() => {});
          throw e;
        }
        await client.query('COMMIT');
        return results;
      }),

    exec: async (sql) => {
      await pool.query(sql); // no values: simple protocol, so multi-statement scripts work
    },

    close: () => pool.end(),
  };
}
