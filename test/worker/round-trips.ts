import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { registerRoutes } from '../../src/routes';
import { createApp } from '../../src/lib/create-app';
import type { CountingSet } from '../setup/test-env';
import { listMarkets } from '../../src/db/queries/markets';
import { marketRegistry } from '../../src/markets/registry';
import { testDb } from './db';
import { BASE, testEnv } from './helpers';

type Urls = { neon: string; upstash: string; supabase: string; openrouter: string };

const sets = JSON.parse(testEnv.TEST_COUNTING_SETS!) as Record<CountingSet, Urls>;

/**
 * Round trips counted at a set of stand-ins that only this test file uses, so the counts are
 * exact. Requests go through the whole app, and background work (waitUntil) is awaited.
 */
export function countingClient(set: CountingSet) {
  const urls = sets[set];
  const env: Record<string, string> = {
    ...testEnv,
    NEON_HTTP_ENDPOINT: `${urls.neon}`,
    UPSTASH_REDIS_REST_URL: urls.upstash,
    SUPABASE_URL: urls.supabase,
    OPEN_ROUTER_BASE_URL: `${urls.openrouter}`,
  };
  const stat = async (base: string) => {
    const res = await fetch(`${new URL(base).origin}/__standin/stats`);
    return (await res.json()) as { requests: number; commands?: number };
  };
  const app = registerRoutes(createApp());
  return {
    env,
    /** Calls the app with this set's env; resolves once its background work has finished too. */
    async request(path: string, init?: RequestInit, overrides: Record<string, unknown> = {}): Promise<Response> {
      const ctx = createExecutionContext();
      const res = await app.request(`${BASE}${path}`, init, { ...env, ...overrides }, ctx);
      await res.clone().arrayBuffer();
      await waitOnExecutionContext(ctx);
      return res;
    },
    async reset(): Promise<void> {
      // The market list is read once per isolate per minute; loaded afresh here (before the counts
      // start), so a measurement never includes that read, however slowly the test ran until now.
      marketRegistry.clear();
      await marketRegistry.get(env.NEON_PSQL_URL!, () => listMarkets(testDb()));
      await Promise.all(Object.values(urls).map((u) => fetch(`${new URL(u).origin}/__standin/stats/reset`, { method: 'POST' })));
    },
    /** HTTP requests each stand-in has served since the last reset. */
    async counts() {
      const [db, redis, supabase, openrouter] = await Promise.all([stat(urls.neon), stat(urls.upstash), stat(urls.supabase), stat(urls.openrouter)]);
      return { db: db.requests, redis: redis.requests, supabase: supabase.requests, openrouter: openrouter.requests };
    },
  };
}
