import { type CompiledQuery, Kysely, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { NeonDialect } from 'kysely-neon';
import type { SessionGuard } from '../auth/session-guard';
import { type BatchOptions, type NeonHttp, neonHttp } from '../clients/neon-http';
import { sessionEnded } from '../auth/session-guard';
import type { Env } from '../lib/env';
import { ApiError } from '../lib/errors';
import { pgError } from './errors';
import type { Timing } from '../lib/timing';
import { eventsInTx, type OutboxEventRow, outboxEventsOf } from './queries/events';
import type { DB } from './schema';

export type { BatchOptions };

/** Request-scoped database access: Kysely for single statements, `batch` for atomic multi-statement work. */
export interface Database {
  db: Kysely<DB>;
  /**
   * Runs compiled queries in one HTTP round trip inside one transaction; returns each query's rows.
   * The events the transaction wrote come back in the same round trip and are collected.
   */
  batch(queries: CompiledQuery[], opts?: BatchOptions): Promise<Record<string, unknown>[][]>;
  /** Round trips made so far by this request. */
  roundTrips(): number;
  /**
   * Outbox events committed by this handle's writes so far: those of every batch, and of any statement
   * selecting an outbox column (see queries/events.ts). The services middleware enqueues them.
   */
  committedEvents(): OutboxEventRow[];
}

/** Collects outbox columns from single statements' results. */
class OutboxCollector implements KyselyPlugin {
  constructor(private readonly sink: OutboxEventRow[]) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.sink.push(...outboxEventsOf(args.result.rows));
    return args.result;
  }
}

const SESSION_REFUSED = /^unauthenticated: /;

/**
 * Settles a round trip that carried the session check: a refusal is the token's 401, anything else
 * means the check passed (it runs first). A failure that is no PostgreSQL error means the database
 * could not be reached: 503 with `Retry-After`.
 */
async function settle<T>(work: Promise<T>, guard: SessionGuard | undefined, checked: boolean): Promise<T> {
  try {
    const result = await work;
    if (checked) guard?.databasePassed();
    return result;
  } catch (err) {
    const info = pgError(err);
    if (checked && info?.code === 'EC000' && SESSION_REFUSED.test((err as Error).message)) throw sessionEnded();
    if (checked && info) guard?.databasePassed();
    if (!info && !(err instanceof ApiError)) throw databaseUnavailable(err);
    throw err;
  }
}

/** The 503 of an unreachable database; the cause is kept for the log. */
export class DatabaseUnavailable extends ApiError {
  constructor(override readonly cause: unknown) {
    super('service_unavailable', 503, 'The database is unavailable; retry shortly', { dependency: 'database' }, { 'Retry-After': '5' });
  }
}
const databaseUnavailable = (err: unknown) => new DatabaseUnavailable(err);

// The same statement for every request: compiled once per isolate.
let outboxQuery: CompiledQuery | undefined;

// The HTTP client holds no request state (only the parsed connection string), so an isolate keeps one
// per database instead of parsing the connection string for every request that reaches it.
const clients = new Map<string, NeonHttp>();
function sharedClient(connectionString: string, endpoint: string | undefined): NeonHttp {
  const id = `${endpoint ?? ''} ${connectionString}`;
  let client = clients.get(id);
  if (!client) {
    client = neonHttp(connectionString, endpoint);
    clients.set(id, client);
  }
  return client;
}

/**
 * Builds the request's database handle; every round trip is timed under `db`. With a `guard`, the first
 * round trips of the request carry its session check (see auth/session-guard.ts).
 */
export function createDatabase(env: Env, timing: Timing, guard?: SessionGuard): Database {
  // Reached on first use: a request answered from the cache never pays for the client or Kysely.
  const sqlFn = () => sharedClient(env.NEON_PSQL_URL, env.NEON_HTTP_ENDPOINT);
  const timed = {
    // kysely-neon asks for full results (command, rowCount, rows as objects): what `query` returns.
    query: (text: string, params: unknown[] = []) =>
      timing.measure('db', () => {
        const sql = sqlFn();
        const check = guard?.databaseCheck();
        if (!check) return settle(sql.query({ query: text, params }), guard, false);
        // One HTTP request, one transaction: the check, then the statement (not run if the check refuses).
        const both = sql.transaction([{ query: check.sql, params: check.parameters }, { query: text, params }]);
        return settle(both.then((results) => results[1]!), guard, true);
      }),
  };
  const committed: OutboxEventRow[] = [];
  let kysely: Kysely<DB> | undefined;
  const db = () => (kysely ??= new Kysely<DB>({ dialect: new NeonDialect({ neon: () => timed }), plugins: [new OutboxCollector(committed)] }));
  return {
    get db() {
      return db();
    },
    batch: async (queries, opts) => {
      const sql = sqlFn();
      const check = guard?.databaseCheck();
      const statements = [...(check ? [check] : []), ...queries, (outboxQuery ??= eventsInTx(db()))];
      const results = (
        await timing.measure('db', () => settle(sql.transaction(statements.map((q) => ({ query: q.sql, params: q.parameters })), opts), guard, Boolean(check)))
      ).map((r) => r.rows);
      if (check) results.shift();
      committed.push(...outboxEventsOf(results.pop() ?? []));
      return results;
    },
    roundTrips: () => timing.count('db'),
    committedEvents: () => committed,
  };
}
