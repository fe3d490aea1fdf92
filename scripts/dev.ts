import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startStack } from '../local/stack';
import { PGLITE_DIR, lockPglite } from './lib/database';
import { LOCAL_DIR, ROOT, loadDevVars } from './lib/dev-vars';
import { migrateToLatest } from './lib/migrator';
import { reindex } from './lib/reindex';
import { migrateSupabase } from './lib/supabase-db';
import { EnvSchema } from '../src/lib/env';
import { ensureAdmin } from './lib/admin';
import { CATEGORY_NAMES } from './lib/catalog';
import { seedDemoCustomer } from './lib/demo-orders';
import { seedDiscounts } from './lib/discounts';
import { uploadCategoryImages } from './lib/seed-images';
import { cloudinaryConfig } from './lib/seed-media';
import { assertPortFree } from './lib/ports';
import { isEmpty, seedCatalog } from './lib/seed';
import { ensureDevWebhook } from './lib/dev-webhook';

// npm run dev: the offline stack, migrated and seeded, then `wrangler dev` against it.
const API_PORT = Number(process.env.PORT ?? 8787);
const vars = loadDevVars();
const checked = EnvSchema.safeParse(vars);
if (!checked.success) {
  // The Worker would answer 500 config_invalid; fail at start instead, naming the variables.
  for (const issue of checked.error.issues) console.error(`.dev.vars: ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const neonUrl = new URL(required('NEON_PSQL_URL'));
const neonPort = Number(new URL(required('NEON_HTTP_ENDPOINT')).port);
const upstashPort = Number(new URL(required('UPSTASH_REDIS_REST_URL')).port);
const cloudinaryPort = Number(new URL(required('CLOUDINARY_API_BASE')).port);
const openrouterPort = Number(new URL(required('OPEN_ROUTER_BASE_URL')).port);
const supabasePort = Number(new URL(required('SUPABASE_URL')).port);
// Mail and webhooks: optional, for a .dev.vars from before they existed.
const resendPort = vars.RESEND_BASE_URL ? Number(new URL(vars.RESEND_BASE_URL).port) : null;
const receiverPort = vars.WEBHOOK_RECEIVER_URL ? Number(new URL(vars.WEBHOOK_RECEIVER_URL).port) : null;

try {
  await assertPortFree(API_PORT, '127.0.0.1', 'the API');
  await assertPortFree(neonPort, '127.0.0.1', 'the Neon stand-in');
  await assertPortFree(upstashPort, '127.0.0.1', 'the Upstash stand-in');
  await assertPortFree(cloudinaryPort, '127.0.0.1', 'the Cloudinary stand-in');
  await assertPortFree(openrouterPort, '127.0.0.1', 'the OpenRouter stand-in');
  await assertPortFree(supabasePort, '127.0.0.1', 'the Supabase stand-in');
  if (resendPort) await assertPortFree(resendPort, '127.0.0.1', 'the Resend stand-in');
  if (receiverPort) await assertPortFree(receiverPort, '127.0.0.1', 'the webhook receiver stand-in');
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

const databaseUrl = process.env.DATABASE_URL;
const releasePglite = databaseUrl ? () => {} : lockPglite();
const stack = await startStack({
  databaseUrl,
  pgliteDir: databaseUrl ? undefined : PGLITE_DIR,
  redisUrl: process.env.REDIS_URL,
  neon: { port: neonPort, user: decodeURIComponent(neonUrl.username), password: decodeURIComponent(neonUrl.password) },
  upstash: { port: upstashPort, token: required('UPSTASH_REDIS_REST_TOKEN') },
  cloudinary: {
    port: cloudinaryPort,
    cloudName: required('CLOUDINARY_CLOUD_NAME'),
    apiKey: required('CLOUDINARY_API_KEY'),
    apiSecret: required('CLOUDINARY_API_SECRET'),
    storageDir: resolve(LOCAL_DIR, 'cloudinary'),
  },
  openrouter: { port: openrouterPort, apiKey: required('OPEN_ROUTER_API_KEY') },
  supabase: { port: supabasePort, apiKey: required('SUPABASE_API_KEY'), anonKey: vars.SUPABASE_ANON_KEY, dataDir: resolve(LOCAL_DIR, 'supabase-pglite') },
  // Resend's default limit: mail beyond it is retried by the events consumer, as in production.
  resend: resendPort && vars.RESEND_API_KEY ? { port: resendPort, apiKey: vars.RESEND_API_KEY, rateLimit: 5 } : undefined,
  receiver: receiverPort ? { port: receiverPort } : undefined,
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await stack.close().catch(() => {});
  releasePglite();
  process.exit(code);
}

try {
  await migrateToLatest(stack.db, (l) => console.log(`[db] ${l}`));
  await migrateSupabase(stack.supabaseDb, (l) => console.log(`[supabase] ${l}`));
  if (await isEmpty(stack.db)) {
    const media = { ...cloudinaryConfig(vars), apiBase: stack.cloudinary.url };
    const images = await uploadCategoryImages(media, CATEGORY_NAMES);
    const n = await seedCatalog(stack.db, { products: 200, images });
    console.log(`[db] seeded ${n} demo products and ${await seedDiscounts(stack.db)} discount codes`);
  }
  if (vars.ADMIN_EMAIL) {
    const admin = await ensureAdmin(stack.db, vars.ADMIN_EMAIL, vars.ADMIN_PASSWORD);
    if (admin.created) console.log(`[db] created admin ${admin.email} (password from ADMIN_PASSWORD in .dev.vars)`);
    const orders = await seedDemoCustomer(stack.db, vars, admin.email);
    if (orders) console.log(`[db] created customer ${vars.CUSTOMER_EMAIL} with ${orders} demo orders`);
  }
  if (stack.receiver) {
    const hook = await ensureDevWebhook(stack.db, stack.receiver.url, required('JWT_SECRET'));
    stack.receiver.configure('dev', { secret: hook.secret });
    if (hook.created) console.log(`[events] every event is delivered to ${hook.url} (a webhook endpoint like any other)`);
  }
} catch (err) {
  console.error(`[db] ${(err as Error).message}`);
  await stop(1);
}

console.log(`
  database   ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${PGLITE_DIR}`}
  neon http  ${stack.neon.url}
  upstash    ${stack.upstash.url}${process.env.REDIS_URL ? ' (REDIS_URL)' : ' (embedded)'}
  cloudinary ${stack.cloudinary.url}
  openrouter ${stack.openrouter.url}
  supabase   ${stack.supabase.url}${stack.resend ? `\n  resend     ${stack.resend.url}   (inbox: ${stack.resend.url}/)` : ''}${stack.receiver ? `\n  webhooks   ${stack.receiver.url}   (deliveries: ${stack.receiver.url}/)` : ''}
  api        http://127.0.0.1:${API_PORT}   (health: http://127.0.0.1:${API_PORT}/health)
`);

const wrangler = spawn(
  resolve(ROOT, 'node_modules/.bin/wrangler'),
  ['dev', '--ip', '127.0.0.1', '--port', String(API_PORT), '--show-interactive-dev-session=false', '--test-scheduled'],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
);
wrangler.on('exit', (code) => void stop(code ?? 0));

// Embeddings for semantic search, through the same pipeline the Worker's queue runs. In the
// background so the API is up at once; unchanged products are skipped, so restarts cost little.
void reindex(checked.data, { batch: 100, force: false, restart: false, checkpointFile: resolve(LOCAL_DIR, 'search-reindex.json') })
  .then((p) => console.log(`[search] embeddings up to date: ${p.embedded} embedded, ${p.unchanged} unchanged`))
  .catch((err: unknown) => console.error(`[search] indexing failed: ${(err as Error).message} (retry with npm run search:reindex)`));
// wrangler dev runs the queue consumers but not the Cron Triggers: run the events sweep each minute
// (it delivers what nobody enqueued, such as the events of the seed data and scripts).
const sweep = setInterval(() => {
  fetch(`http://127.0.0.1:${API_PORT}/__scheduled?cron=${encodeURIComponent('* * * * *')}`).catch(() => {});
}, 60_000);
wrangler.on('exit', () => clearInterval(sweep));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    wrangler.kill('SIGTERM');
    void stop(0);
  });
}

function required(name: string): string {
  const value = vars[name];
  if (!value) {
    console.error(`${name} is missing from .dev.vars (see .dev.vars.example)`);
    process.exit(1);
  }
  return value;
}
