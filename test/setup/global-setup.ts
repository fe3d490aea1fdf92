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
  const redisUrl = process.env.REDIS_URL ? await pickRedisDb(process.env.REDIS_URL) : undefined;

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
  });
  await migrateToLatest(stack.db, () => {});
  await migrateSupabase(stack.supabaseDb, () => {});

  project.provide('neonEndpoint', stack.neon.url);
  project.provide('neonStatsUrl', stack.neon.url.replace(/\/sql$/, '/__standin/stats'));
  project.provide('upstashUrl', stack.upstash.url);
  project.provide('cloudinaryUrl', stack.cloudinary.url);
  project.provide('openrouterUrl', stack.openrouter.url);
  project.provide('supabaseUrl', stack.supabase.url);
  project.provide('backendKind', stack.backendKind);
  const counting = await Promise.all(COUNTING_SETS.map(() => startCountingSet(stack, redisUrl)));
  project.provide('countingSets', Object.fromEntries(COUNTING_SETS.map((name, i) => [name, counting[i]!.urls])) as Record<CountingSet, CountingUrls>);

  return async () => {
    for (const set of counting) await set.close();
    await stack.close();
    await databaseUrl?.drop();
    await rm(mediaDir, { recursive: true, force: true });
  };
}

/** A Redis logical database for this run, emptied first: earlier runs may have left keys. */
async function pickRedisDb(serverUrl: string): Promise<string> {
  const url = new URL(serverUrl);
  // db 11 belongs to the Upstash conformance tests, which flush it.
  const dbs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15];
  url.pathname = `/${dbs[Math.floor(Math.random() * dbs.length)]}`;
  const client = new Redis(url.toString(), { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  await client.flushdb();
  client.disconnect();
  return url.toString();
}

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
