import { openTarget } from './lib/database';
import { migrateDown, migrateToLatest } from './lib/migrator';
import { migrateSupabase, migrateSupabaseDown, openSupabaseTarget } from './lib/supabase-db';

// npm run db:migrate [-- --down] [-- --supabase]
// Neon first, then Supabase: the real one when SUPABASE_DB_URL is set, else the dev stack's embedded
// one. --down reverts the last Neon migration; with --supabase, only Supabase is touched.
const down = process.argv.includes('--down');
const supabaseOnly = process.argv.includes('--supabase');
const target = await openTarget();
try {
  if (!supabaseOnly) {
    console.log(`migrating the ${target.kind} database`);
    if (down) await migrateDown(target.db);
    else await migrateToLatest(target.db);
    console.log('migrations up to date');
  }
  if (!down || supabaseOnly) {
    // The embedded Supabase database belongs to the dev stack, like the embedded Neon one we hold the lock of.
    const supabase = await openSupabaseTarget(process.env, target.kind === 'pglite');
    if (!supabase) console.log('supabase: skipped (set SUPABASE_DB_URL to migrate the Supabase database)');
    else {
      try {
        console.log(`migrating the ${supabase.kind === 'pglite' ? 'embedded' : 'SUPABASE_DB_URL'} Supabase database`);
        if (down) await migrateSupabaseDown(supabase.db);
        else await migrateSupabase(supabase.db);
      } finally {
        await supabase.close();
      }
    }
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await target.close();
}
