import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { type Stack, startStack } from '../../local/stack';
import { CATEGORY_NAMES } from '../../scripts/lib/catalog';
import { migrateToLatest } from '../../scripts/lib/migrator';
import { reindex } from '../../scripts/lib/reindex';
import { migrateSupabase } from '../../scripts/lib/supabase-db';
import { loadEnv } from '../../src/lib/env';
import { uploadCategoryImages } from '../../scripts/lib/seed-images';
import { seedCatalog } from '../../scripts/lib/seed';
import { createRunDatabase } from '../../scripts/lib/run-database';

// Bench-only credentials: the stand-ins accept exactly these, as the real services accept real keys.
export const CREDS = {
  neonUser: 'app',
  neonPassword: 'bench-neon-password',
  upstashToken: 'bench-upstash-token',
  jwtSecret: 'bench-jwt-secret-0123456789abcdef0123456789',
  cloudName: 'bench-cloud',
  cloudinaryKey: '555000111222333',
  cloudinarySecret: 'bench-cloudinary-secret',
  openRouterKey: 'sk-or-bench-key',
  supabaseKey: 'bench-supabase-service-key',
} as const;

/** The URLs the Worker is given for each outside service (stand-ins, or proxies in front of them). */
export interface ServiceUrls {
  neon: string;
  upstash: string;
  supabase: string;
  openrouter: string;
  cloudinary: string;
}

export interface BenchStack {
  stack: Stack;
  urls: ServiceUrls;
  /** What stands behind the stand-ins, for the report. */
  backends: { db: string; redis: string; vectors: string };
  close(): Promise<void>;
}

/**
 * The offline stack on free ports over a database made for this run: a fresh database on
 * DATABASE_URL's server (dropped at the end), or an in-memory PGlite; REDIS_URL's server or an
 * in-memory Redis. Migrated, with `products` demo products seeded through the normal seed path.
 */
export async function startBenchStack(products: number, log: (line: string) => void): Promise<BenchStack> {
  const runDb = process.env.DATABASE_URL ? await createRunDatabase(process.env.DATABASE_URL, 'ec_bench') : undefined;
  const mediaDir = await mkdtemp(join(tmpdir(), 'ec-bench-cloudinary-'));
  const stack = await startStack({
    databaseUrl: runDb?.url,
    redisUrl: process.env.REDIS_URL,
    neon: { port: 0, user: CREDS.neonUser, password: CREDS.neonPassword },
    upstash: { port: 0, token: CREDS.upstashToken },
    cloudinary: { port: 0, cloudName: CREDS.cloudName, apiKey: CREDS.cloudinaryKey, apiSecret: CREDS.cloudinarySecret, storageDir: mediaDir },
    openrouter: { port: 0, apiKey: CREDS.openRouterKey },
    supabase: { port: 0, apiKey: CREDS.supabaseKey },
  });
  const close = async () => {
    await stack.close();
    await runDb?.drop();
    await rm(mediaDir, { recursive: true, force: true });
  };
  try {
    await migrateToLatest(stack.db, () => {});
    const cloudinary = { cloudName: CREDS.cloudName, apiKey: CREDS.cloudinaryKey, apiSecret: CREDS.cloudinarySecret, apiBase: stack.cloudinary.url, deliveryBase: stack.cloudinary.url };
    const images = await uploadCategoryImages(cloudinary, CATEGORY_NAMES);
    await seedCatalog(stack.db, { products, images });
    log(`seeded ${products} products on ${stack.backendKind}`);
    // The search index, filled the way `npm run search:reindex` fills it: through the stand-ins over HTTP.
    await migrateSupabase(stack.supabaseDb, () => {});
    const urls = { neon: stack.neon.url, upstash: stack.upstash.url, supabase: stack.supabase.url, openrouter: stack.openrouter.url, cloudinary: stack.cloudinary.url };
    const indexed = await reindex(loadEnv(workerBindings(urls)), { batch: 100, force: false, restart: true, checkpointFile: join(mediaDir, 'reindex.json') });
    log(`indexed ${indexed.embedded} products for search`);
    // A Redis server may hold entries from an earlier run with the same catalogue version:
    // moving the version on makes every one of them stale (the API's own invalidation).
    await redisCommand(stack.upstash.url, ['INCR', 'catalog:version']);
    return {
      stack,
      urls,
      backends: {
        db: runDb ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (embedded)',
        redis: process.env.REDIS_URL ? 'Redis (REDIS_URL)' : 'in-memory Redis (embedded)',
        vectors: 'Supabase stand-in on PGlite + pgvector (always embedded)',
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

export interface StackHandle {
  urls: ServiceUrls;
  backends: BenchStack['backends'];
  dbVersion: string;
  close(): Promise<void>;
}

/** startBenchStack in a child process (bench/lib/stack-process.ts); resolves once it is seeded. */
export async function spawnBenchStack(products: number): Promise<StackHandle> {
  const root = resolve(import.meta.dirname, '../..');
  const child = spawn(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'bench/lib/stack-process.ts'), String(products)], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  const first = await Promise.race([
    new Promise<string>((r) => createInterface({ input: child.stdout! }).once('line', r)),
    exited.then((code) => Promise.reject(new Error(`the stack process exited (${code}) before it was ready`))),
  ]);
  const ready = JSON.parse(first) as Omit<StackHandle, 'close'>;
  return {
    ...ready,
    close: async () => {
      child.stdin!.end();
      await exited;
    },
  };
}

/** The Worker's bindings for a set of service URLs (production mode, as deployed). */
export function workerBindings(urls: ServiceUrls): Record<string, string> {
  return {
    ENVIRONMENT: 'production',
    // The edge tier answers repeated GETs before the Redis tier: off, except in the Worker that measures it.
    EDGE_CACHE: 'off',
    NEON_PSQL_URL: `postgres://${CREDS.neonUser}:${CREDS.neonPassword}@db.localtest.me/neondb`,
    NEON_HTTP_ENDPOINT: urls.neon,
    JWT_SECRET: CREDS.jwtSecret,
    UPSTASH_REDIS_REST_URL: urls.upstash,
    UPSTASH_REDIS_REST_TOKEN: CREDS.upstashToken,
    SUPABASE_URL: urls.supabase,
    SUPABASE_API_KEY: CREDS.supabaseKey,
    CLOUDINARY_CLOUD_NAME: CREDS.cloudName,
    CLOUDINARY_API_KEY: CREDS.cloudinaryKey,
    CLOUDINARY_API_SECRET: CREDS.cloudinarySecret,
    CLOUDINARY_API_BASE: urls.cloudinary,
    CLOUDINARY_DELIVERY_BASE: urls.cloudinary,
    OPEN_ROUTER_API_KEY: CREDS.openRouterKey,
    OPEN_ROUTER_BASE_URL: urls.openrouter,
  };
}

/** One command through the Upstash REST protocol (what the Worker's client speaks). */
export async function redisCommand(upstashUrl: string, command: (string | number)[]): Promise<unknown> {
  const res = await fetch(upstashUrl, {
    method: 'POST',
    headers: { Authorization: `Bearer ${CREDS.upstashToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(command),
  });
  if (!res.ok) throw new Error(`upstash ${command[0]} answered HTTP ${res.status}`);
  return ((await res.json()) as { result: unknown }).result;
}
