import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { type MigrationResultSet, Migrator } from 'kysely/migration';
import pg from 'pg';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import { supabaseMigrations } from '../../migrations/supabase/index';
import { LOCAL_DIR } from './dev-vars';

/** Where `npm run dev` keeps the Supabase stand-in's database (see scripts/dev.ts). */
export const SUPABASE_PGLITE_DIR = resolve(LOCAL_DIR, 'supabase-pglite');

// Kept out of `public`: PostgREST exposes every table there to anyone holding the API key.
const MIGRATION_SCHEMA = 'app_migrations';

function migratorFor(db: Kysely<any>) {
  return new Migrator({ db, migrationTableSchema: MIGRATION_SCHEMA, provider: { getMigrations: async () => supabaseMigrations } });
}

function report({ error, results }: MigrationResultSet, log: (line: string) => void) {
  for (const r of results ?? []) log(`supabase migration ${r.migrationName} (${r.direction.toLowerCase()}): ${r.status.toLowerCase()}`);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`supabase migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Applies every pending Supabase migration (product_embeddings, search_products). */
export async function migrateSupabase(db: Kysely<any>, log: (line: string) => void = console.log): Promise<void> {
  report(await migratorFor(db).migrateToLatest(), log);
}

/** Reverts the most recent Supabase migration. */
export async function migrateSupabaseDown(db: Kysely<any>, log: (line: string) => void = console.log): Promise<void> {
  report(await migratorFor(db).migrateDown(), log);
}

export interface SupabaseTarget {
  db: Kysely<any>;
  kind: 'supabase' | 'pglite';
  close(): Promise<void>;
}

/**
 * The Supabase database for `db:migrate`: the real one when SUPABASE_DB_URL is set (a Postgres
 * connection string from the project's database settings), else the dev stack's embedded one when it
 * when `localAllowed` (the caller holds the dev lock, so `npm run dev` is not using it).
 */
export async function openSupabaseTarget(env: NodeJS.ProcessEnv, localAllowed: boolean): Promise<SupabaseTarget | null> {
  if (env.SUPABASE_DB_URL) {
    const pool = new pg.Pool({ connectionString: env.SUPABASE_DB_URL, max: 2 });
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'supabase', close: () => db.destroy() };
  }
  if (!localAllowed) return null;
  mkdirSync(SUPABASE_PGLITE_DIR, { recursive: true });
  const backend = await createPgliteBackend({ dataDir: SUPABASE_PGLITE_DIR });
  // The backend owns the PGlite instance; closing through Kysely would close it twice.
  return { db: new Kysely<any>({ dialect: new PGliteDialect({ pglite: backend.pglite }) }), kind: 'pglite', close: () => backend.close() };
}
