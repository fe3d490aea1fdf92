import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Pool as NeonPool } from '@neondatabase/serverless';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import type { DB } from '../../src/db/schema';
import { LOCAL_DIR } from './dev-vars';

export const PGLITE_DIR = resolve(LOCAL_DIR, 'pglite');
const PGLITE_LOCK = resolve(LOCAL_DIR, 'pglite.lock');

export interface Target {
  db: Kysely<DB>;
  kind: 'neon' | 'postgres' | 'pglite';
  close(): Promise<void>;
}

/**
 * Opens the database Node scripts work on, over a real session (migrations need one):
 * a real Neon database when NEON_PSQL_URL is set without a local endpoint, a PostgreSQL
 * server when DATABASE_URL is set, otherwise the embedded dev database.
 */
export async function openTarget(env = process.env): Promise<Target> {
  if (env.NEON_PSQL_URL && !env.NEON_HTTP_ENDPOINT) {
    const pool = new NeonPool({ connectionString: env.NEON_PSQL_URL });
    return wrap(new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as never }) }), 'neon');
  }
  if (env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
    return wrap(new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), 'postgres');
  }
  const release = lockPglite();
  mkdirSync(PGLITE_DIR, { recursive: true });
  const backend = await createPgliteBackend({ dataDir: PGLITE_DIR });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: backend.pglite }) });
  return { db, kind: 'pglite', close: async () => { await backend.close(); release(); } };
}

/** The embedded database is single-process: refuse to open it twice. Returns the release. */
export function lockPglite(): () => void {
  mkdirSync(LOCAL_DIR, { recursive: true });
  if (existsSync(PGLITE_LOCK)) {
    const pid = Number(readFileSync(PGLITE_LOCK, 'utf8'));
    if (pid && isAlive(pid)) {
      throw new Error(
        `The embedded database is in use by process ${pid} (npm run dev?). Stop it first; npm run dev migrates and seeds on start.`,
      );
    }
  }
  writeFileSync(PGLITE_LOCK, String(process.pid));
  return () => rmSync(PGLITE_LOCK, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function wrap(db: Kysely<DB>, kind: Target['kind']): Target {
  return { db, kind, close: () => db.destroy() };
}
