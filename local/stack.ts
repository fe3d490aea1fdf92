import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../src/db/schema';
import type { NeonBackend } from './neon/backend';
import { createPgBackend } from './neon/backends/pg';
import { createPgliteBackend } from './neon/backends/pglite';
import { type NeonStandin, startNeonStandin } from './neon/server';
import { type UpstashStandin, startUpstashStandin } from './upstash/server';

export interface StackOptions {
  /** A real PostgreSQL server; otherwise embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; undefined keeps the embedded database in memory. */
  pgliteDir?: string;
  /** A real Redis server; otherwise an embedded in-memory Redis. */
  redisUrl?: string;
  neon: { port: number; user: string; password: string };
  upstash: { port: number; token: string };
  log?: (line: string) => void;
}

export interface Stack {
  /** A session on the backing database, for migrations and seeding (not the Worker's path). */
  db: Kysely<DB>;
  neon: NeonStandin;
  upstash: UpstashStandin;
  backendKind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/** Starts the offline stand-ins over the chosen backends. Ports of 0 pick free ones. */
export async function startStack(opts: StackOptions): Promise<Stack> {
  const log = opts.log ?? (() => {});
  let backend: NeonBackend;
  let db: Kysely<DB>;
  if (opts.databaseUrl) {
    backend = await createPgBackend(opts.databaseUrl);
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: opts.databaseUrl, max: 2 }) }) });
  } else {
    const lite = await createPgliteBackend({ dataDir: opts.pgliteDir });
    backend = lite;
    db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: lite.pglite }) });
  }
  const started: { close(): Promise<void> }[] = [];
  try {
    const neon = await startNeonStandin({ backend, ...opts.neon, log });
    started.push(neon);
    const upstash = await startUpstashStandin({ ...opts.upstash, redisUrl: opts.redisUrl, log });
    started.push(upstash);
    return {
      db,
      neon,
      upstash,
      backendKind: opts.databaseUrl ? 'postgres' : 'pglite',
      close: async () => {
        await Promise.allSettled(started.map((s) => s.close()));
        // PGlite's Kysely dialect would close the shared instance; the backend owns it.
        if (opts.databaseUrl) await db.destroy();
        await backend.close();
      },
    };
  } catch (err) {
    await Promise.allSettled(started.map((s) => s.close()));
    if (opts.databaseUrl) await db.destroy();
    await backend.close();
    throw err;
  }
}
