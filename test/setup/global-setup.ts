import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import Redis from 'ioredis';
import { startNeonStandin } from '../../local/neon/server';
import { startOpenRouterStandin } from '../../local/openrouter/server';
import { type Stack, startStack } from '../../local/stack';
import { startSupabaseStandin } from '../../local/supabase/server';
import { startUpstashStandin } from '../../local/upstash/server';
import { startStripeStandin } from '../../local/stripe';
import { migrateToLatest } from '../../scripts/lib/migrator';
import { migrateSupabase } from '../../scripts/lib/supabase-db';
import { COUNTING_SETS, type CountingSet, TEST_CREDENTIALS } from './test-env';
import { createRunDatabase } from '../../scripts/lib/run-database';

/**
 * Starts the offline stack for the Worker tests on free ports, over a database made for this
 * run: a fresh database on DATABASE_URL's server, or an in-memory PGlite.
 */
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL ? await createRunDatabase(process.env.DATABASE_URL, 'ec_test') : undefined;
  const redisDb = process.env.REDIS_URL ? await pickRedisDb(process.env.REDIS_URL) : undefined;
  const redisUrl = redisDb?.url;

  const mediaDir = await mkdtemp(join(tmpdir(), 'ec-test-cloudinary-'));
  const stack = await startStack({
    databaseUrl: databaseUrl?.url,
    redisUrl,
    neon: { port: 0, user: TEST_CREDENTIALS.neonUser, password: TEST_CREDENTIALS.neonPassword },
    upstash: { port: 0, token: TEST_CREDENTIALS.upstashToken },
    cloudinary: {
      port: 0,
      cloudName: TEST_CREDENTIALS.cloudName,
      apiKey: TEST_CREDENTIALS.cloudinaryKey,
      apiSecret: TEST_CREDENTIALS.cloudinarySecret,
      storageDir: mediaDir,
    },
    openrouter: { port: 0, apiKey: TEST_CREDENTIALS.openRouterKey },
    supabase: { port: 0, apiKey: TEST_CREDENTIALS.supabaseKey },
    resend: { port: 0, apiKey: TEST_CREDENTIALS.resendKey },
    receiver: { port: 0 },
    stripe: { port: 0, secretKey: TEST_CREDENTIALS.stripeSecretKey, publishableKey: TEST_CREDENTIALS.stripePublishableKey, webhookSecret: TEST_CREDENTIALS.stripeWebhookSecret },
  });
  await migrateToLatest(stack.db, () => {});
  await migrateSupabase(stack.supabaseDb, () => {});

  project.provide('neonEndpoint', stack.neon.url);
  project.provide('neonStatsUrl', stack.neon.url.replace(/\/sql$/, '/__standin/stats'));
  project.provide('upstashUrl', stack.upstash.url);
  project.provide('cloudinaryUrl', stack.cloudinary.url);
  project.provide('openrouterUrl', stack.openrouter.url);
  project.provide('supabaseUrl', stack.supabase.url);
  project.provide('resendUrl', stack.resend!.url);
  project.provide('receiverUrl', stack.receiver!.url);
  project.provide('stripeUrl', stack.stripe!.url);
  // A second Stripe stand-in for the round-trip counts: only that test file calls it.
  const stripeCounting = await startStripeStandin({ port: 0, secretKey: TEST_CREDENTIALS.stripeSecretKey, publishableKey: TEST_CREDENTIALS.stripePublishableKey, webhookSecret: TEST_CREDENTIALS.stripeWebhookSecret });
  project.provide('stripeCountingUrl', stripeCounting.url);
  project.provide('backendKind', stack.backendKind);
  const counting = await Promise.all(COUNTING_SETS.map(() => startCountingSet(stack, redisUrl)));
  project.provide('countingSets', Object.fromEntries(COUNTING_SETS.map((name, i) => [name, counting[i]!.urls])) as Record<CountingSet, CountingUrls>);

  return async () => {
    for (const set of counting) await set.close();
    await stripeCounting.close();
    await stack.close();
    await databaseUrl?.drop();
    await redisDb?.release();
    await rm(mediaDir, { recursive: true, force: true });
  };
}

/**
 * A Redis logical database for this run, emptied first: earlier runs may have left keys. A lock key
 * claims it, so two runs on one Redis server (two checkouts, say) never flush each other's data.
 */
async function pickRedisDb(serverUrl: string): Promise<{ url: string; release: () => Promise<void> }> {
  // db 11 belongs to the Upstash conformance tests, which flush it.
  const dbs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15].sort(() => Math.random() - 0.5);
  const runId = `${process.pid}-${Date.now()}`;
  for (const db of dbs) {
    const url = new URL(serverUrl);
    url.pathname = `/${db}`;
    const client = new Redis(url.toString(), { lazyConnect: true, maxRetriesPerRequest: 1 });
    await client.connect();
    const claimed = await client.set(RUN_LOCK_KEY, runId, 'EX', 3 * 3600, 'NX');
    if (claimed) {
      await client.flushdb();
      await client.set(RUN_LOCK_KEY, runId, 'EX', 3 * 3600);
      return {
        url: url.toString(),
        release: async () => {
          if ((await client.get(RUN_LOCK_KEY)) === runId) await client.del(RUN_LOCK_KEY);
          client.disconnect();
        },
      };
    }
    client.disconnect();
  }
  throw new Error('every Redis logical database is claimed by another test run');
}

const RUN_LOCK_KEY = 'ec-test:run-lock';

type CountingUrls = { neon: string; upstash: string; supabase: string; openrouter: string };

/**
 * Extra stand-ins over the same databases, each set used by one test file only. Counting
 * requests at them is then deterministic even while other test files run in parallel.
 */
async function startCountingSet(stack: Stack, redisUrl: string | undefined) {
  const neon = await startNeonStandin({ backend: stack.neonBackend, user: TEST_CREDENTIALS.neonUser, password: TEST_CREDENTIALS.neonPassword });
  const upstash = await startUpstashStandin({ token: TEST_CREDENTIALS.upstashToken, redisUrl });
  const supabase = await startSupabaseStandin({ backend: stack.supabaseBackend, apiKeys: [TEST_CREDENTIALS.supabaseKey] });
  const openrouter = await startOpenRouterStandin({ apiKey: TEST_CREDENTIALS.openRouterKey });
  return {
    urls: { neon: neon.url, upstash: upstash.url, supabase: supabase.url, openrouter: openrouter.url } satisfies CountingUrls,
    close: async () => {
      for (const s of [neon, upstash, supabase, openrouter]) await s.close().catch(() => {});
    },
  };
}
