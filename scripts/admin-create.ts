import { parseArgs } from 'node:util';
import { ensureAdmin } from './lib/admin';
import { openTarget } from './lib/database';

// npm run admin:create -- --email someone@example.com [--password '...']
// Promotes an existing account, or creates an admin, on the configured database (see db:migrate).
const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' } } });
if (!values.email) {
  console.error('usage: npm run admin:create -- --email EMAIL [--password PASSWORD]');
  process.exit(1);
}
const target = await openTarget();
try {
  const result = await ensureAdmin(target.db, values.email, values.password ?? process.env.ADMIN_PASSWORD);
  console.log(`${result.created ? 'created admin' : 'promoted to admin'}: ${result.email} (${target.kind} database)`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await target.close();
}
