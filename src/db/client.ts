import { neon, neonConfig, type NeonQueryFunction } from '@neondatabase/serverless';
import { type CompiledQuery, Kysely } from 'kysely';
import { NeonDialect } from 'kysely-neon';
import type { Env } from '../lib/env';
import type { Timing } from '../lib/timing';
import type { DB } from './schema';

type Sql = NeonQueryFunction<false, false>;
export type BatchOptions = Parameters<Sql['transaction']>[1];

/** Request-scoped database access: Kysely for single statements, `batch` for atomic multi-statement work. */
export interface Database {
  db: Kysely<DB>;
  /** Runs compiled queries in one HTTP round trip inside one transaction; returns each query's rows. */
  batch(queries: CompiledQuery[], opts?: BatchOptions): Promise<Record<string, unknown>[][]>;
  /** Round trips made so far by this request. */
  roundTrips(): number;
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
  const db = new Kysely<DB>({ dialect: new NeonDialect({ neon: () => timed }) });
  return {
    db,
    batch: (queries, opts) =>
      timing.measure('db', () =>
        sql.transaction(
          queries.map((q) => sql.query(q.sql, [...q.parameters])),
          opts,
        ),
      ) as Promise<Record<string, unknown>[][]>,
    roundTrips: () => timing.count('db'),
  };
}
