import { Redis } from '@upstash/redis/cloudflare';
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
  ) {}

  /** The Upstash client, made on first use: requests that never touch the cache never build one. */
  get redis(): Redis | null {
    if (this.client === undefined) this.client = this.connect();
    return this.client;
  }

  get available(): boolean {
    return this.redis !== null && !this.degraded;
  }

  get<T>(key: string): Promise<T | null> {
    return this.run((r) => r.get<T>(key), null);
  }

  /** Two keys in one command. */
  mget<A, B>(a: string, b: string): Promise<[A | null, B | null]> {
    return this.run((r) => r.mget<[A | null, B | null]>(a, b), [null, null]);
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

export function createCache(env: Env, timing: Timing, log: Logger): Cache {
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env;
  return new Cache(() => (url && token ? new Redis({ url, token, retry: false }) : null), timing, log);
}
