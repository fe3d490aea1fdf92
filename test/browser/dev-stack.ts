import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStack, type Stack } from '../../local/stack';
import { ensureAdmin } from '../../scripts/lib/admin';
import { parseDevVars, ROOT } from '../../scripts/lib/dev-vars';
import { migrateToLatest } from '../../scripts/lib/migrator';
import { seedDemoCatalog } from '../../scripts/lib/seed';
import { cloudinaryConfig } from '../../scripts/lib/seed-media';
import { seedDiscounts } from '../../scripts/lib/discounts';
import { seedCollections } from '../../scripts/lib/collections';
import { startStoreOrigin, type StoreOrigin } from '../../scripts/lib/store-origin';
import { migrateSupabase } from '../../scripts/lib/supabase-db';
import { startWranglerWorker, type WranglerWorker } from '../setup/wrangler-worker';

export interface DevStack {
  /** The Worker, serving the API and public/ as `wrangler dev` does. */
  url: string;
  stack: Stack;
  vars: Record<string, string>;
  /** The example store from a second origin (npm run dev's STORE_PORT), its API calls cross-origin to `url`. */
  storeUrl: string;
  /** The Worker's console lines (structured request logs among them). */
  logs: string[];
  close(): Promise<void>;
}

/**
 * The stack `npm run dev` starts (scripts/dev.ts), on free ports and in a scratch folder: the
 * stand-ins over an in-memory database, migrated and seeded with `products` demo products, the
 * discount codes and the admin, then the Worker through wrangler's own dev server with wrangler.toml's assets. The
 * settings are `.dev.vars.example`'s, with the stand-ins' URLs; the developer's `.dev.vars` is
 * not read, so the run does not depend on it.
 */
export async function startDevStack({ products = 12 } = {}): Promise<DevStack> {
  const dir = await mkdtemp(join(tmpdir(), 'ec-browser-'));
  const base = parseDevVars(await readFile(resolve(ROOT, '.dev.vars.example'), 'utf8'));
  const neonUrl = new URL(base.NEON_PSQL_URL!);
  const stack = await startStack({
    neon: { port: 0, user: decodeURIComponent(neonUrl.username), password: decodeURIComponent(neonUrl.password) },
    upstash: { port: 0, token: base.UPSTASH_REDIS_REST_TOKEN! },
    cloudinary: {
      port: 0,
      cloudName: base.CLOUDINARY_CLOUD_NAME!,
      apiKey: base.CLOUDINARY_API_KEY!,
      apiSecret: base.CLOUDINARY_API_SECRET!,
      storageDir: join(dir, 'cloudinary'),
    },
    openrouter: { port: 0, apiKey: base.OPEN_ROUTER_API_KEY! },
    supabase: { port: 0, apiKey: base.SUPABASE_API_KEY!, anonKey: base.SUPABASE_ANON_KEY },
    stripe: { port: 0, secretKey: base.STRIPE_SECRET_KEY!, publishableKey: base.STRIPE_PUBLISHABLE_KEY!, webhookSecret: base.STRIPE_WEBHOOK_SECRET! },
  });
  const logs: string[] = [];
  let worker: WranglerWorker | undefined;
  let store: StoreOrigin | undefined;
  const close = async () => {
    await store?.close().catch(() => {});
    await worker?.dispose().catch(() => {});
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const vars: Record<string, string> = {
      ...base,
      NEON_HTTP_ENDPOINT: stack.neon.url,
      UPSTASH_REDIS_REST_URL: stack.upstash.url,
      SUPABASE_URL: stack.supabase.url,
      CLOUDINARY_API_BASE: stack.cloudinary.url,
      CLOUDINARY_DELIVERY_BASE: stack.cloudinary.url,
      OPEN_ROUTER_BASE_URL: stack.openrouter.url,
      STRIPE_API_BASE: stack.stripe!.url,
    };
    // As scripts/dev.ts does on an empty database (search embeddings and orders: see its seeding).
    await migrateToLatest(stack.db, () => {});
    await migrateSupabase(stack.supabaseDb, () => {});
    await seedDemoCatalog(stack.db, { ...cloudinaryConfig(vars), apiBase: stack.cloudinary.url }, { products });
    await ensureAdmin(stack.db, vars.ADMIN_EMAIL!, vars.ADMIN_PASSWORD);
    await seedDiscounts(stack.db);
    await seedCollections(stack.db);

    worker = await startWranglerWorker(vars, dir, (message) => void logs.push(message));
    const url = worker.url;
    stack.stripe!.webhooks.opts.url = `${url}/api/webhooks/stripe`;
    store = await startStoreOrigin({ port: 0, apiUrl: url });
    return { url, storeUrl: store.url, stack, vars, logs, close };
  } catch (err) {
    await close();
    throw err;
  }
}
