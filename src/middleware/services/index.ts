import { createMiddleware } from 'hono/factory';
import { sql } from 'kysely';
import { SessionGuard } from '../../auth/session-guard';
import { createMedia } from '../../clients/media';
import { RateLimiter } from '../../clients/ratelimit';
import { createRealtime } from '../../clients/realtime';
import { createCache } from '../../clients/redis';
import { createDatabase, type Database } from '../../db/client';
import { publishEvents } from '../../events/outbox';
import { CatalogCache } from '../../catalog/cache';
import { type Clock, systemClock } from '../../lib/clock';
import { loadEnv, secretValues } from '../../lib/env';
import { createLogger } from '../../lib/logger';
import { Timing } from '../../lib/timing';
import { createSearch } from '../../search/service';
import type { AppEnv } from '../../lib/types';

/**
 * Validates the env and builds the request's services on `c.var`. Also owns the per-request
 * timing, so `Server-Timing` is set on every response, errors included, and the outbox: the events
 * the request's writes committed are enqueued after it, whatever it answered.
 */
export function services(clock: Clock = systemClock) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const timing = new Timing();
    let db: Database | undefined;
    c.set('timing', timing);
    c.set('log', createLogger({ request_id: c.get('requestId') }));
    try {
      const env = loadEnv(c.env ?? {});
      const log = createLogger({ request_id: c.get('requestId') }, secretValues(env));
      c.set('log', log);
      // The check of the request's access token rides on its first database round trip or cache read.
      const session: SessionGuard = new SessionGuard(
        (keys) => cache.readRaw(keys),
        async () => void (await sql`select 1`.execute(database.db)),
        c.get('requestId'),
      );
      const cache = createCache(env, timing, log, session);
      const database = createDatabase(env, timing, session);
      db = database;
      // Clients a request may not use are made on first use (a cached read needs none of them).
      let rateLimit: RateLimiter | undefined;
      let media: ReturnType<typeof createMedia> | undefined;
      let realtime: ReturnType<typeof createRealtime> | undefined;
      let search: ReturnType<typeof createSearch> | undefined;
      const bindings = c.env ?? {};
      c.set('services', {
        env,
        timing,
        log,
        db,
        cache,
        catalog: new CatalogCache(cache),
        get rateLimit() {
          return (rateLimit ??= new RateLimiter(cache, env.RATE_LIMITS, clock));
        },
        clock,
        session,
        get media() {
          return media === undefined ? (media = createMedia(env, timing)) : media;
        },
        get realtime() {
          return realtime === undefined ? (realtime = createRealtime(env)) : realtime;
        },
        get search() {
          return (search ??= createSearch(env, bindings, timing));
        },
      });
      await next();
    } finally {
      c.header('Server-Timing', timing.header());
      if (db) publishEvents(c, db.committedEvents());
    }
  });
}
