import { Redis } from '@upstash/redis/cloudflare';
import type { SessionGuard } from '../auth/session-guard';
import type { Env } from '../lib/env';
import type { Logger } from '../lib/logger';
import { describeError } from '../lib/logger';
import { withTimeout } from '../lib/timeout';
import type { Timing } from '../lib/timing';

/** Cache calls give up after this long so a slow Redis never holds a request. */
const CACHE_TIMEOUT_MS = 1_000;

/**
 * Thin, degradable cache over Upstash. Every method resolves: a failure is logged once per
 * request, marked in `Server-Timing`, and answered as a miss.
 */
export class Cache {
  private degraded = false;
  private client: Redis | null | undefined;

  constructor(
    private readonly connect: () => Redis | null,
    private readonly timing: Timing,
    private readonly log: Logger,
    /** The request's session check: its markers ride on the first read (see auth/session-guard.ts). */
    private readonly session?: SessionGuard,
  ) {}

  /** The Upstash client, made on first use: requests that never touch the cache never build one. */
  get redis(): Redis | null {
    if (this.client === undefined) this.client = this.connect();
    return this.client;
  }

  get available(): boolean {
    return this.redis !== null && !this.degraded;
  }

  async get<T>(key: string): Promise<T | null> {
    const [value] = await this.read([key]);
    return value as T | null;
  }

  /** Two keys in one command. */
  async mget<A, B>(a: string, b: string): Promise<[A | null, B | null]> {
    return (await this.read([a, b])) as [A | null, B | null];
  }

  /** Keys read as they are, without the session markers; null when Redis is unavailable. */
  readRaw(keys: string[]): Promise<unknown[] | null> {
    return this.run((r) => r.mget<unknown[]>(...keys), null);
  }

  /** Sets several keys with one TTL in one request; false when Redis is unavailable. */
  setMany(entries: [string, string][], ttlSeconds: number): Promise<boolean> {
    return this.run(async (r) => {
      const p = r.pipeline();
      for (const [key, value] of entries) p.set(key, value, { ex: ttlSeconds });
      await p.exec();
      return true;
    }, false);
  }

  // One MGET: the keys asked for, and the session markers while they are owed (judged here, so a revoked
  // token is refused by the read that carried the news).
  private async read(keys: string[]): Promise<unknown[]> {
    const markers = this.session?.markerKeys() ?? [];
    const all = [...keys, ...markers];
    const values = await this.run((r) => (all.length === 1 ? r.get(all[0]!).then((v) => [v]) : r.mget<unknown[]>(...all)), null);
    if (!values) return keys.map(() => null);
    if (markers.length) this.session!.judgeMarkers(values.slice(keys.length));
    return values.slice(0, keys.length);
  }

  set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    return this.run(async (r) => void (await r.set(key, value, { ex: ttlSeconds })), undefined);
  }

  incr(key: string): Promise<number | null> {
    return this.run((r) => r.incr(key), null);
  }

  /** Runs a Lua script atomically; null when Redis is unavailable. */
  eval<T>(script: string, keys: string[], args: (string | number)[]): Promise<T | null> {
    return this.run((r) => r.eval<string[], T>(script, keys, args.map(String)), null);
  }

  /** Deletes keys and removes members from sorted sets, in one request. */
  forget(keys: string[], members: { key: string; member: string }[]): Promise<void> {
    return this.run(async (r) => {
      const p = r.pipeline();
      if (keys.length) p.del(...keys);
      for (const m of members) p.zrem(m.key, m.member);
      await p.exec();
    }, undefined);
  }

  /** Health probe: throws instead of degrading, so the caller sees the failure. */
  async ping(): Promise<void> {
    if (!this.redis) throw new Error('not configured');
    const redis = this.redis;
    await this.timing.measure('cache', () => withTimeout(redis.ping(), CACHE_TIMEOUT_MS));
  }

  private async run<T>(fn: (r: Redis) => Promise<T>, fallback: T): Promise<T> {
    const redis = this.redis;
    if (!redis || this.degraded) return fallback;
    try {
      return await this.timing.measure('cache', () => withTimeout(fn(redis), CACHE_TIMEOUT_MS));
    } catch (err) {
      // Concurrent calls fail together; the request logs the outage once.
      if (!this.degraded) this.log.warn('cache unavailable, serving without it', { dependency: 'redis', ...describeError(err) });
      this.degraded = true;
      this.timing.describe('cache', 'down');
      return fallback;
    }
  }
}

export function createCache(env: Env, timing: Timing, log: Logger, session?: SessionGuard): Cache {
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env;
  return new Cache(() => (url && token ? new Redis({ url, token, retry: false }) : null), timing, log, session);
}
