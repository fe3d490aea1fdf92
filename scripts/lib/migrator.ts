import type { Kysely } from 'kysely';
import { type MigrationResultSet, Migrator } from 'kysely/migration';
import { migrations } from '../../migrations/index';

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>, log: (line: string) => void = console.log): Promise<void> {
  report(await migratorFor(db).migrateToLatest(), log);
}

/** Reverts the most recent migration. */
export async function migrateDown(db: Kysely<any>, log: (line: string) => void = console.log): Promise<void> {
  report(await migratorFor(db).migrateDown(), log);
}

// Migrations from parallel branches may land in an order other than their names; a database that already ran a
// later name still gets the earlier one.
function migratorFor(db: Kysely<any>) {
  return new Migrator({ db, allowUnorderedMigrations: true, provider: { getMigrations: async () => migrations } });
}

function report({ error, results }: MigrationResultSet, log: (line: string) => void) {
  for (const r of results ?? []) {
    log(`migration ${r.migrationName} (${r.direction.toLowerCase()}): ${r.status.toLowerCase()}`);
  }
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
