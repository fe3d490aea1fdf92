import { openTarget } from './lib/database';
import { migrateDown, migrateToLatest } from './lib/migrator';

// npm run db:migrate [-- --down]
const target = await openTarget();
try {
  console.log(`migrating the ${target.kind} database`);
  if (process.argv.includes('--down')) await migrateDown(target.db);
  else await migrateToLatest(target.db);
  console.log('migrations up to date');
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await target.close();
}
