import type { Cache } from './redis';
import type { Clock } from '../lib/clock';
import { ApiError } from '../lib/errors';

export type RateRule =
  | 'login_pair'
  | 'login_ip'
  | 'register_ip'
  | 'forgot_ip'
  | 'forgot_account'
  | 'reset_ip'
  | 'verify_ip'
  | 'refresh_ip'
  | 'order_lookup_ip'
  | 'order_lookup_order';
export type RateLimits = Record<RateRule, { requests: number; seconds: number }>;

/** Defaults per rule: requests (or failures, for logins) per window. `RATE_LIMITS` in the env overrides any of them. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  // Failed logins per (IP, account), and per IP across every account (credential stuffing).
  login_pair: { requests: 10, seconds: 900 },
  login_ip: { requests: 100, seconds: 3600 },
  register_ip: { requests: 10, seconds: 3600 },
  // Reset mail: per IP, and per address so that rotating IPs cannot flood one inbox.
  forgot_ip: { requests: 10, seconds: 3600 },
  forgot_account: { requests: 3, seconds: 3600 },
  reset_ip: { requests: 10, seconds: 3600 },
  verify_ip: { requests: 20, seconds: 900 },
  // Every tab of every user behind one address refreshes about every 15 minutes.
  refresh_ip: { requests: 120, seconds: 60 },
  // Guest order lookups: per address, and per order number so that no one can try emails against one order.
  order_lookup_ip: { requests: 20, seconds: 900 },
  order_lookup_order: { requests: 5, seconds: 900 },
};

/** Parses `rule=requests/seconds,...`; unknown rules and bad numbers are rejected. */
export function parseRateLimits(text: string | undefined): RateLimits {
  const limits = { ...DEFAULT_RATE_LIMITS };
  for (const part of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z_]+)=(\d+)\/(\d+)$/.exec(part);
    if (!m || !(m[1]! in limits) || Number(m[2]) < 1 || Number(m[3]) < 1) throw new Error(`bad rate limit "${part}"`);
    limits[m[1] as RateRule] = { requests: Number(m[2]), seconds: Number(m[3]) };
  }
  return limits;
}

// Sliding log per key (a sorted set of attempt times): drops what left the window, and when every key
// is under its limit, records the attempt in all of them; otherwise records nothing. Atomic, so
// concurrent attempts cannot all pass a check made before any of them was counted. Returns
// {0, 0}, or {index of the first full key, milliseconds until it has room again}.
const ATTEMPT_SCRIPT = `
local now = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[i * 2 + 1])
  local window = tonumber(ARGV[i * 2 + 2])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local count = redis.call('ZCARD', key)
  if count >= limit then
    local edge = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
    return {i, tonumber(edge[2]) + window - now}
  end
end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[2])
  redis.call('PEXPIRE', key, tonumber(ARGV[i * 2 + 2]))
end
return {0, 0}
`;

/** A counted login attempt: a failure unless `succeeded()` takes it back. */
export interface LoginAttempt {
  /** Clears the (IP, account) pair's failures and uncounts this attempt from the IP's. */
  succeeded(): Promise<void>;
}

/**
 * Limits on Redis, on the request's clock. When Redis is unreachable the request goes through; the cache
 * logs the outage.
 */
export class RateLimiter {
  constructor(
    private readonly cache: Cache,
    private readonly limits: RateLimits,
    private readonly clock: Clock,
  ) {}

  /** Counts one request for `identifier` under `rule`; throws 429 `rate_limited` when over. */
  async check(rule: RateRule, identifier: string): Promise<void> {
    await this.attempt([[rule, identifier]]);
  }

  /** Counts one request under several rules at once: in all of them, or (429) in none. */
  async checkAll(entries: [RateRule, string][]): Promise<void> {
    await this.attempt(entries);
  }

  /**
   * Counts a login attempt against its (IP, account) pair and its IP before the password is checked,
   * so parallel guesses are bounded too; throws 429 for this IP when either is full.
   */
  async login(ip: string, account: string): Promise<LoginAttempt> {
    const { member, keys } = await this.attempt([['login_pair', `${ip}|${account}`], ['login_ip', ip]]);
    return {
      succeeded: () => (member ? this.cache.forget([keys[0]!], [{ key: keys[1]!, member }]) : Promise.resolve()),
    };
  }

  private async attempt(entries: [RateRule, string][]): Promise<{ member: string | null; keys: string[] }> {
    const now = this.clock();
    const member = `${now}:${crypto.randomUUID()}`;
    const keys = entries.map(([rule, id]) => `rl:${rule}:${id}`);
    const args: (string | number)[] = [now, member];
    for (const [rule] of entries) args.push(this.limits[rule].requests, this.limits[rule].seconds * 1000);
    const result = await this.cache.eval<[number, number]>(ATTEMPT_SCRIPT, keys, args);
    if (!result) return { member: null, keys };
    const [full, waitMs] = result;
    if (full > 0) {
      const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
      throw new ApiError('rate_limited', 429, 'Too many requests; try again later', { retry_after: retryAfter }, {
        'Retry-After': String(retryAfter),
      });
    }
    return { member, keys };
  }
}
