import { parseArgs } from 'node:util';
import { ensureAdmin } from './lib/admin';
import { openTarget } from './lib/database';
import { loadDevVars } from './lib/dev-vars';
import { migrateToLatest } from './lib/migrator';
import { seedCatalog } from './lib/seed';

// npm run db:seed [-- --products N]
const { values } = parseArgs({ options: { products: { type: 'string', default: '200' } } });
const products = Number(values.products);
if (!Number.isInteger(products) || products < 0) {
  console.error('--products must be a non-negative integer');
  process.exit(1);
}

const target = await openTarget();
try {
  await migrateToLatest(target.db);
  const imageBase = process.env.SEED_IMAGE_BASE ?? 'https://res.cloudinary.com/demo/image/upload/products';
  const inserted = await seedCatalog(target.db, { products, imageBase, log: (l) => process.stdout.write(`\r${l}`) });
  console.log(`\nseeded ${inserted} new products into the ${target.kind} database`);
  // The admin comes from ADMIN_EMAIL / ADMIN_PASSWORD (the shell, or .dev.vars for local work).
  const vars = target.kind === 'neon' ? {} : loadDevVars();
  const email = process.env.ADMIN_EMAIL ?? vars.ADMIN_EMAIL;
  if (email) {
    const admin = await ensureAdmin(target.db, email, process.env.ADMIN_PASSWORD ?? vars.ADMIN_PASSWORD);
    console.log(`admin ${admin.email}: ${admin.created ? 'created' : 'present'}`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await target.close();
}
