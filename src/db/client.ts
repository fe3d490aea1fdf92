import { neon, neonConfig, type NeonQueryFunction } from '@neondatabase/serverless';
import { type CompiledQuery, Kysely, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { NeonDialect } from 'kysely-neon';
import type { Env } from '../lib/env';
import type { Timing } from '../lib/timing';
import { eventsInTx, type OutboxEventRow, outboxEventsOf } from './queries/events';
import type { DB } from './schema';

type Sql = NeonQueryFunction<false, false>;
export type BatchOptions = Parameters<Sql['transaction']>[1];

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

/** Builds the request's database handle; every round trip is timed under `db`. */
export function createDatabase(env: Env, timing: Timing): Database {
  if (env.NEON_HTTP_ENDPOINT) {
    // Module-global in the driver; the same value for every request of this isolate.
    const endpoint = env.NEON_HTTP_ENDPOINT;
    neonConfig.fetchEndpoint = () => endpoint;
  }
  const sql: Sql = neon(env.NEON_PSQL_URL);
  const timed = {
    query: (text: string, params?: unknown[], opts?: { arrayMode?: boolean; fullResults?: boolean }) =>
      timing.measure('db', () => sql.query(text, params, opts as never)),
  };
  const committed: OutboxEventRow[] = [];
  const db = new Kysely<DB>({ dialect: new NeonDialect({ neon: () => timed }), plugins: [new OutboxCollector(committed)] });
  const outboxQuery = eventsInTx(db);
  return {
    db,
    batch: async (queries, opts) => {
      const results = (await timing.measure('db', () =>
        sql.transaction(
          [...queries, outboxQuery].map((q) => sql.query(q.sql, [...q.parameters])),
          opts,
        ),
      )) as Record<string, unknown>[][];
      committed.push(...outboxEventsOf(results.pop() ?? []));
      return results;
    },
    roundTrips: () => timing.count('db'),
    committedEvents: () => committed,
  };
}
