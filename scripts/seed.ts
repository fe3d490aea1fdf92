import { parseArgs } from 'node:util';
import { ensureAdmin } from './lib/admin';
import { openTarget } from './lib/database';
import { loadDevVars } from './lib/dev-vars';
import { seedDemoCustomer } from './lib/demo-orders';
import { seedCollections } from './lib/collections';
import { seedDiscounts } from './lib/discounts';
import { seedOrderHistory } from './lib/order-history';
import { cloudinaryConfig, withSeedMedia } from './lib/seed-media';
import { migrateToLatest } from './lib/migrator';
import { progressBar, seedDemoCatalog } from './lib/seed';

// npm run db:seed [-- --products N] [-- --orders N]: --orders adds N past orders over 90 days (300 by default;
// 100000 builds the scale case for the admin lists and analytics).
const { values } = parseArgs({ options: { products: { type: 'string', default: '200' }, orders: { type: 'string', default: '300' } } });
const products = Number(values.products);
const orders = Number(values.orders);
if (!Number.isInteger(products) || products < 0 || !Number.isInteger(orders) || orders < 0) {
  console.error('--products and --orders must be non-negative integers');
  process.exit(1);
}

const target = await openTarget();
try {
  await migrateToLatest(target.db);
  // Settings come from the shell, or from .dev.vars for local work.
  const vars = target.kind === 'neon' ? {} : loadDevVars();
  const inserted = await withSeedMedia(cloudinaryConfig(vars), (cfg) =>
    seedDemoCatalog(target.db, cfg, {
      products,
      onImages: (d, t) => process.stdout.write(`\rpictures ${d}/${t}`),
      onProgress: (d, t) => process.stdout.write(`\r${progressBar(d, t)}`),
    }),
  );
  console.log(`\nseeded ${inserted} new products into the ${target.kind} database`);
  console.log(`seeded ${await seedDiscounts(target.db)} discount codes`);
  console.log(`seeded ${await seedCollections(target.db)} collections`);
  const history = await seedOrderHistory(target.db, orders, (d, t) => process.stdout.write(`\r${progressBar(d, t).replace(/products$/, 'orders')}`));
  console.log(`\nseeded ${history} past orders over 90 days`);
  const email = process.env.ADMIN_EMAIL ?? vars.ADMIN_EMAIL;
  if (email) {
    const admin = await ensureAdmin(target.db, email, process.env.ADMIN_PASSWORD ?? vars.ADMIN_PASSWORD);
    console.log(`admin ${admin.email}: ${admin.created ? 'created' : 'present'}`);
    const env = { CUSTOMER_EMAIL: process.env.CUSTOMER_EMAIL ?? vars.CUSTOMER_EMAIL, CUSTOMER_PASSWORD: process.env.CUSTOMER_PASSWORD ?? vars.CUSTOMER_PASSWORD };
    console.log(`demo orders placed: ${await seedDemoCustomer(target.db, env, admin.email)}`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await target.close();
}
