import { type ChildProcess, spawn } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStack, type Stack } from '../local/stack';
import { PGLITE_DIR, lockPglite } from './lib/database';
import { DEV_VARS_FILE, LOCAL_DIR, ROOT, loadDevVars } from './lib/dev-vars';
import { migrateToLatest } from './lib/migrator';
import { reindex } from './lib/reindex';
import { migrateSupabase } from './lib/supabase-db';
import { EnvSchemaParsed } from '../src/lib/env';
import { ensureAdmin } from './lib/admin';
import { seedDemoCustomer } from './lib/demo-orders';
import { seedCollections } from './lib/collections';
import { seedDiscounts } from './lib/discounts';
import { cloudinaryConfig } from './lib/seed-media';
import { assertPortFree } from './lib/ports';
import { isEmpty, seedDemoCatalog } from './lib/seed';
import { type StoreOrigin, startStoreOrigin } from './lib/store-origin';
import { ensureDevWebhook } from './lib/dev-webhook';

// npm run dev [-- --products N]: the offline stack, migrated and seeded, then `wrangler dev` against it,
// and the example store from a second origin. PORT moves the API (8787), STORE_PORT the second origin
// (PORT + 1); DEV_VARS_FILE and DEV_DATA_DIR run a stack from other settings and data.
const { values: args } = parseArgs({ options: { products: { type: 'string', default: '200' } } });
const API_PORT = Number(process.env.PORT || 8787);
const STORE_PORT = Number(process.env.STORE_PORT || API_PORT + 1);
const products = Number(args.products);
if (!Number.isInteger(products) || products < 0) fail('--products must be a non-negative integer');
const vars = loadDevVars();
const varsName = relative(ROOT, DEV_VARS_FILE);
const checked = EnvSchemaParsed.safeParse(vars);
if (!checked.success) {
  // The Worker would answer 500 config_invalid; fail at start instead, naming the variables.
  for (const issue of checked.error.issues) console.error(`${varsName}: ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const neonUrl = new URL(required('NEON_PSQL_URL'));
const standins = {
  neon: ['NEON_HTTP_ENDPOINT', 'the Neon stand-in'],
  upstash: ['UPSTASH_REDIS_REST_URL', 'the Upstash stand-in'],
  cloudinary: ['CLOUDINARY_API_BASE', 'the Cloudinary stand-in'],
  openrouter: ['OPEN_ROUTER_BASE_URL', 'the OpenRouter stand-in'],
  supabase: ['SUPABASE_URL', 'the Supabase stand-in'],
} as const;
const port = (name: keyof typeof standins) => Number(new URL(required(standins[name][0])).port);
// Mail and webhooks: optional, for a .dev.vars from before they existed.
const optionalStandins = {
  resend: ['RESEND_BASE_URL', 'the Resend stand-in'],
  receiver: ['WEBHOOK_RECEIVER_URL', 'the webhook receiver stand-in'],
  stripe: ['STRIPE_API_BASE', 'the Stripe stand-in'],
} as const;
const optionalPort = (name: keyof typeof optionalStandins) => {
  const url = vars[optionalStandins[name][0]];
  return url ? Number(new URL(url).port) : null;
};
const resendPort = optionalPort('resend');
const receiverPort = optionalPort('receiver');
const stripePort = optionalPort('stripe');

try {
  await assertPortFree(API_PORT, '127.0.0.1', 'the API', 'set PORT (e.g. `PORT=8790 npm run dev`)');
  await assertPortFree(STORE_PORT, '127.0.0.1', 'the example store’s second origin', 'set STORE_PORT');
  for (const [name, [variable, what]] of Object.entries(standins)) {
    await assertPortFree(port(name as keyof typeof standins), '127.0.0.1', what, `change ${variable} in ${varsName}`);
  }
  for (const [name, [variable, what]] of Object.entries(optionalStandins)) {
    const p = optionalPort(name as keyof typeof optionalStandins);
    if (p) await assertPortFree(p, '127.0.0.1', what, `change ${variable} in ${varsName}`);
  }
} catch (err) {
  fail((err as Error).message);
}

// Everything started below is stopped by stop(): on Ctrl-C, on kill -INT / -TERM / -HUP of this process
// (npm and tsx pass those on), and when wrangler exits.
let stack: Stack | undefined;
let store: StoreOrigin | undefined;
let wrangler: ChildProcess | undefined;
let stopping: Promise<never> | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));
// Last resort if this process dies another way: wrangler runs in its own process group, so take it along.
process.on('exit', () => killGroup(wrangler, 'SIGKILL'));

const databaseUrl = process.env.DATABASE_URL;
const releasePglite = databaseUrl ? () => {} : lockPglite();
stack = await startStack({
  databaseUrl,
  pgliteDir: databaseUrl ? undefined : PGLITE_DIR,
  redisUrl: process.env.REDIS_URL,
  neon: { port: port('neon'), user: decodeURIComponent(neonUrl.username), password: decodeURIComponent(neonUrl.password) },
  upstash: { port: port('upstash'), token: required('UPSTASH_REDIS_REST_TOKEN') },
  cloudinary: {
    port: port('cloudinary'),
    cloudName: required('CLOUDINARY_CLOUD_NAME'),
    apiKey: required('CLOUDINARY_API_KEY'),
    apiSecret: required('CLOUDINARY_API_SECRET'),
    storageDir: resolve(LOCAL_DIR, 'cloudinary'),
  },
  openrouter: { port: port('openrouter'), apiKey: required('OPEN_ROUTER_API_KEY') },
  supabase: { port: port('supabase'), apiKey: required('SUPABASE_API_KEY'), anonKey: vars.SUPABASE_ANON_KEY, dataDir: resolve(LOCAL_DIR, 'supabase-pglite') },
  // Resend's default limit: mail beyond it is retried by the events consumer, as in production.
  resend: resendPort && vars.RESEND_API_KEY ? { port: resendPort, apiKey: vars.RESEND_API_KEY, rateLimit: 5 } : undefined,
  receiver: receiverPort ? { port: receiverPort } : undefined,
  // Stripe's events go to the Worker's webhook, signed with STRIPE_WEBHOOK_SECRET, as Stripe sends them.
  stripe:
    stripePort && vars.STRIPE_SECRET_KEY && vars.STRIPE_PUBLISHABLE_KEY && vars.STRIPE_WEBHOOK_SECRET
      ? {
          port: stripePort,
          secretKey: vars.STRIPE_SECRET_KEY,
          publishableKey: vars.STRIPE_PUBLISHABLE_KEY,
          webhookSecret: vars.STRIPE_WEBHOOK_SECRET,
          webhookUrl: `http://127.0.0.1:${API_PORT}/api/webhooks/stripe`,
        }
      : undefined,
});

try {
  await migrateToLatest(stack.db, (l) => console.log(`[db] ${l}`));
  await migrateSupabase(stack.supabaseDb, (l) => console.log(`[supabase] ${l}`));
  if (await isEmpty(stack.db)) {
    const media = { ...cloudinaryConfig(vars), apiBase: stack.cloudinary.url };
    const n = await seedDemoCatalog(stack.db, media, { products });
    console.log(`[db] seeded ${n} demo products, ${await seedDiscounts(stack.db)} discount codes and ${await seedCollections(stack.db)} collections`);
  }
  if (vars.ADMIN_EMAIL) {
    const admin = await ensureAdmin(stack.db, vars.ADMIN_EMAIL, vars.ADMIN_PASSWORD);
    if (admin.created) console.log(`[db] created admin ${admin.email} (password from ADMIN_PASSWORD in ${varsName})`);
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

const apiUrl = `http://127.0.0.1:${API_PORT}`;
store = await startStoreOrigin({ port: STORE_PORT, apiUrl });
console.log(`
  database   ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${PGLITE_DIR}`}
  neon http  ${stack.neon.url}
  upstash    ${stack.upstash.url}${process.env.REDIS_URL ? ' (REDIS_URL)' : ' (embedded)'}
  cloudinary ${stack.cloudinary.url}
  openrouter ${stack.openrouter.url}
  supabase   ${stack.supabase.url}${stack.resend ? `\n  resend     ${stack.resend.url}   (inbox: ${stack.resend.url}/)` : ''}${stack.receiver ? `\n  webhooks   ${stack.receiver.url}   (deliveries: ${stack.receiver.url}/)` : ''}${stack.stripe ? `\n  stripe     ${stack.stripe.url}   (events: ${stack.stripe.url}/__standin/events)` : ''}
  api        ${apiUrl}   (health: ${apiUrl}/health, reference: ${apiUrl}/docs)
  store      ${apiUrl}/   (the example store, served by the Worker)
             ${store.url}/   (the same store from a second origin: every API call is cross-origin)
`);

const wranglerArgs = ['dev', '--ip', '127.0.0.1', '--port', String(API_PORT), '--show-interactive-dev-session=false', '--test-scheduled'];
// Settings and state from elsewhere than .dev.vars and .wrangler/ (wrangler reads .dev.vars by itself).
if (DEV_VARS_FILE !== resolve(ROOT, '.dev.vars')) wranglerArgs.push('--env-file', DEV_VARS_FILE);
if (process.env.DEV_DATA_DIR) wranglerArgs.push('--persist-to', resolve(LOCAL_DIR, 'wrangler'));
// In a process group of its own, so that stopping it reaches workerd and esbuild as well.
wrangler = spawn(resolve(ROOT, 'node_modules/.bin/wrangler'), wranglerArgs, {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
});
wrangler.on('exit', (code) => void stop(code ?? 0));

// wrangler dev runs the queue consumers but not the Cron Triggers: run the events sweep each minute
// (it delivers what nobody enqueued, such as the events of the seed data and scripts).
const sweep = setInterval(() => {
  fetch(`${apiUrl}/__scheduled?cron=${encodeURIComponent('* * * * *')}`).catch(() => {});
}, 60_000);
wrangler.on('exit', () => clearInterval(sweep));

// Embeddings for semantic search, through the same pipeline the Worker's queue runs. In the
// background so the API is up at once; unchanged products are skipped, so restarts cost little.
void reindex(checked.data, { batch: 100, force: false, restart: false, checkpointFile: resolve(LOCAL_DIR, 'search-reindex.json') })
  .then((p) => console.log(`[search] embeddings up to date: ${p.embedded} embedded, ${p.unchanged} unchanged`))
  .catch((err: unknown) => {
    if (!stopping) console.error(`[search] indexing failed: ${(err as Error).message} (retry with npm run search:reindex)`);
  });

/** Stops wrangler (its whole process group), the second origin and the stand-ins, then exits. */
function stop(code: number): Promise<never> {
  stopping ??= (async () => {
    await stopWrangler();
    await store?.close().catch(() => {});
    await stack?.close().catch(() => {});
    releasePglite();
    process.exit(code);
  })();
  return stopping;
}

async function stopWrangler(): Promise<void> {
  const child = wrangler;
  if (!child || child.exitCode !== null || child.signalCode !== null) return killGroup(child, 'SIGKILL');
  const exited = new Promise((done) => child.once('exit', done));
  killGroup(child, 'SIGTERM');
  const force = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(force);
  // Anything of its group that outlived it (workerd, esbuild).
  killGroup(child, 'SIGKILL');
}

function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

function required(name: string): string {
  const value = vars[name];
  if (!value) fail(`${name} is missing from ${varsName} (see .dev.vars.example)`);
  return value;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
