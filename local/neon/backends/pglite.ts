/**
 * PGlite backend: in-process Postgres (WASM), so the stand-in needs no server at all.
 *
 * PGlite's own query() cannot be used: it looks up each parameter's type and re-serializes the
 * value (a JSON text bound to a jsonb column would be JSON.stringify'd a second time), it parses the
 * results into JS values, and it drops tableID/columnID/typmod from the field list. So this speaks
 * the wire protocol to it directly: Parse/Bind/Describe/Execute/Sync with untyped text parameters,
 * which is what Neon's proxy does against a real Postgres.
 */
import { PGlite, protocol, type messages } from '@electric-sql/pglite';
// From PGlite 0.5 on, pgvector ships as its own package rather than the old '/vector' subpath.
import { vector } from '@electric-sql/pglite-pgvector';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import {
  beginStatement,
  parseCommandTag,
  type NeonBackend,
  type RawField,
  type RawResult,
  type TxOptions,
} from '../backend';

const { serialize } = protocol;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Turns the backend messages of one extended-protocol round into a RawResult, or throws its error. */
function toRawResult(msgs: messages.BackendMessage[]): RawResult {
  let fields: RawField[] = [];
  const rows: (string | null)[][] = [];
  let tag = '';
  for (const m of msgs) {
    switch (m.name) {
      case 'error':
        throw m as messages.DatabaseError;
      case 'rowDescription':
        fields = (m as messages.RowDescriptionMessage).fields.map((f) => ({
          name: f.name,
          dataTypeID: f.dataTypeID,
          tableID: f.tableID,
          columnID: f.columnID,
          dataTypeSize: f.dataTypeSize,
          dataTypeModifier: f.dataTypeModifier,
          format: 'text',
        }));
        break;
      case 'dataRow':
        rows.push([...(m as messages.DataRowMessage).fields]);
        break;
      case 'commandComplete':
        tag = (m as messages.CommandCompleteMessage).text;
        break;
    }
  }
  // An empty query string completes with EmptyQueryResponse and no tag at all.
  const { command, rowCount } = tag ? parseCommandTag(tag) : { command: '', rowCount: null };
  return { command, rowCount, fields, rows };
}

/** Creates a PGlite-backed NeonBackend; dataDir undefined keeps the database in memory. */
export async function createPgliteBackend(opts: { dataDir?: string }): Promise<NeonBackend & { pglite: PGlite }> {
  const pglite = await PGlite.create({
    ...(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir }),
    extensions: { vector, pg_trgm },
  });
  await pglite.exec('CREATE EXTENSION IF NOT EXISTS vector');

  const send = async (bytes: Uint8Array) =>
    (await pglite.execProtocol(bytes, { throwOnError: false, syncToFs: false })).messages;

  // PGlite is a single connection. Taking its transaction lock and then its query lock (the order
  // its own query() uses) keeps every other user of the instance out until this request is done,
  // including between BEGIN and COMMIT of a batch. A request that leaves the session inside a
  // transaction (a stray BEGIN sent as a plain query) is rolled back: Neon drops such a
  // connection, whereas here the next request would inherit it.
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> =>
    pglite._runExclusiveTransaction(() =>
      pglite.runExclusive(async () => {
        try {
          return await fn();
        } finally {
          if (pglite.isInTransaction()) await send(serialize.query('ROLLBACK'));
          await pglite.syncToFs();
        }
      }),
    );

  const extended = async (text: string, params: (string | null)[]): Promise<RawResult> =>
    toRawResult(
      await send(
        concat([
          serialize.parse({ text }), // no parameter types: Postgres infers them, as on Neon
          serialize.bind({ values: params }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ]),
      ),
    );

  const simple = async (text: string): Promise<RawResult> => toRawResult(await send(serialize.query(text)));

  return {
    pglite,
    query: (sql, params) => exclusive(() => extended(sql, params)),
    transaction: (queries, txOpts: TxOptions) =>
      exclusive(async () => {
        await simple(beginStatement(txOpts));
        const results: RawResult[] = [];
        try {
          for (const q of queries) results.push(await extended(q.query, q.params));
        } catch (e) {
          await simple('ROLLBACK');
          throw e;
        }
        // COMMIT can still fail (deferred constraints, serialization); Postgres has rolled back then.
        await simple('COMMIT');
        return results;
      }),
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    close: () => pglite.close(),
  };
}
