import type { SessionGuard } from '../auth/session-guard';
import type { Env } from '../lib/env';
import type { Logger } from '../lib/logger';
import { describeError } from '../lib/logger';
import { withTimeout } from '../lib/timeout';
import type { Timing } from '../lib/timing';
import { type Command, parseValue, serializeValue, UpstashError, UpstashRest } from './upstash';

/**
 * Thin, degradable cache over Upstash. Every method resolves: a failure is logged once per
 * request, marked in `Server-Timing`, and answered as a miss.
 */
export class Cache {
  private degraded = false;
  private rest: UpstashRest | null | undefined;

  constructor(
    private readonly connect: () => UpstashRest | null,
    private readonly timing: Timing,
    private readonly log: Logger,
    /** The request's session check: its markers ride on the first read (see auth/session-guard.ts). */
    private readonly session?: SessionGuard,
    /** How long a call may take (the env's CACHE_TIMEOUT_MS); a slow Redis never holds a request longer. */
    private readonly timeoutMs = 1_000,
  ) {}

  /** The REST client, made on first use: requests that never touch the cache never build one. */
  get client(): UpstashRest | null {
    if (this.rest === undefined) this.rest = this.connect();
    return this.rest;
  }

  /** Which Redis this cache reaches (equal for every request of the same deployment); null when unavailable. */
  get target(): string | null {
    return this.available ? this.client!.id : null;
  }

  get available(): boolean {
    return this.client !== null && !this.degraded;
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
    return this.run(async (r) => ((await r.exec([['MGET', ...keys]]))[0] as unknown[]).map(parseValue), null);
  }

  /**
   * Commands sent together in one request, with the session markers while they are owed; each reply
   * raw (an UpstashError where Redis refused that command), or null when Redis is unavailable.
   */
  async pipeline(commands: Command[]): Promise<unknown[] | null> {
    const markers = this.session?.markerKeys() ?? [];
    const all = markers.length ? [...commands, ['MGET', ...markers]] : commands;
    const replies = await this.run((r) => r.pipeline(all), null);
    if (!replies) return null;
    if (markers.length) {
      const values = replies[commands.length];
      if (Array.isArray(values)) this.session!.judgeMarkers(values);
    }
    return markers.length ? replies.slice(0, commands.length) : replies;
  }

  /** Sets several keys with one TTL in one request; false when Redis is unavailable. */
  setMany(entries: [string, string][], ttlSeconds: number): Promise<boolean> {
    return this.run(async (r) => {
      await r.exec(entries.map(([key, value]) => ['SET', key, value, 'EX', ttlSeconds]));
      return true;
    }, false);
  }

  // One MGET: the keys asked for, and the session markers while they are owed (judged here, so a revoked
  // token is refused by the read that carried the news).
  private async read(keys: string[]): Promise<unknown[]> {
    const markers = this.session?.markerKeys() ?? [];
    const all = [...keys, ...markers];
    const values = await this.run(async (r) => ((await r.exec([['MGET', ...all]]))[0] as unknown[]).map(parseValue), null);
    if (!values) return keys.map(() => null);
    if (markers.length) this.session!.judgeMarkers(values.slice(keys.length));
    return values.slice(0, keys.length);
  }

  set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    return this.run(async (r) => void (await r.exec([['SET', key, serializeValue(value), 'EX', ttlSeconds]])), undefined);
  }

  incr(key: string): Promise<number | null> {
    return this.run(async (r) => (await r.exec([['INCR', key]]))[0] as number, null);
  }

  /** Runs a Lua script atomically; null when Redis is unavailable. */
  eval<T>(script: string, keys: string[], args: (string | number)[]): Promise<T | null> {
    return this.run(async (r) => parseValue((await r.exec([['EVAL', script, keys.length, ...keys, ...args.map(String)]]))[0]) as T, null);
  }

  /** Deletes keys and removes members from sorted sets, in one request. */
  forget(keys: string[], members: { key: string; member: string }[]): Promise<void> {
    const commands: Command[] = [];
    if (keys.length) commands.push(['DEL', ...keys]);
    for (const m of members) commands.push(['ZREM', m.key, m.member]);
    if (!commands.length) return Promise.resolve();
    return this.run(async (r) => void (await r.exec(commands)), undefined);
  }

  /** Health probe: throws instead of degrading, so the caller sees the failure. */
  async ping(): Promise<void> {
    const client = this.client;
    if (!client) throw new Error('not configured');
    const [pong] = await this.timing.measure('cache', () => withTimeout(client.exec([['PING']]), this.timeoutMs));
    if (pong !== 'PONG') throw new UpstashError(`unexpected PING reply: ${String(pong)}`);
  }

  private async run<T>(fn: (r: UpstashRest) => Promise<T>, fallback: T): Promise<T> {
    const client = this.client;
    if (!client || this.degraded) return fallback;
    try {
      // The client aborts a request after the env's CACHE_TIMEOUT_MS.
      return await this.timing.measure('cache', () => fn(client));
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
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token, CACHE_TIMEOUT_MS: timeoutMs } = env;
  return new Cache(() => (url && token ? new UpstashRest(url, token, timeoutMs) : null), timing, log, session, timeoutMs);
}
