import { Ratelimit } from '@upstash/ratelimit';
import type { Cache } from './redis';
import { ApiError } from '../lib/errors';
import type { Logger } from '../lib/logger';
import { describeError } from '../lib/logger';
import type { Timing } from '../lib/timing';

export type RateRule = 'login_ip' | 'login_account' | 'register_ip' | 'forgot_ip' | 'reset_ip' | 'order_lookup_ip' | 'order_lookup_order';
export type RateLimits = Record<RateRule, { requests: number; seconds: number }>;

/** Defaults per rule: requests per window. `RATE_LIMITS` in the env overrides any of them. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  login_ip: { requests: 30, seconds: 60 },
  login_account: { requests: 10, seconds: 900 },
  register_ip: { requests: 10, seconds: 3600 },
  forgot_ip: { requests: 5, seconds: 3600 },
  reset_ip: { requests: 10, seconds: 3600 },
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

/** Sliding-window limits on Upstash. When Redis is unreachable the request goes through and it is logged. */
export class RateLimiter {
  private readonly limiters = new Map<RateRule, Ratelimit>();

  constructor(
    private readonly cache: Cache,
    private readonly limits: RateLimits,
    private readonly timing: Timing,
    private readonly log: Logger,
  ) {}

  /** Counts one request for `identifier` under `rule`; throws 429 `rate_limited` when over. */
  async check(rule: RateRule, identifier: string): Promise<void> {
    const limiter = this.limiterFor(rule);
    if (!limiter) return;
    let result: Awaited<ReturnType<Ratelimit['limit']>>;
    try {
      result = await this.timing.measure('cache', () => limiter.limit(identifier));
    } catch (err) {
      this.log.warn('rate limit skipped: redis unavailable', { dependency: 'redis', rule, ...describeError(err) });
      this.timing.describe('cache', 'down');
      return;
    }
    if (result.reason === 'timeout') {
      this.log.warn('rate limit skipped: redis timed out', { dependency: 'redis', rule });
      return;
    }
    if (!result.success) {
      const retryAfter = Math.max(1, Math.ceil((result.reset - Date.now()) / 1000));
      throw new ApiError('rate_limited', 429, 'Too many requests; try again later', { retry_after: retryAfter }, {
        'Retry-After': String(retryAfter),
      });
    }
  }

  private limiterFor(rule: RateRule): Ratelimit | null {
    const redis = this.cache.redis;
    if (!redis || !this.cache.available) return null;
    let limiter = this.limiters.get(rule);
    if (!limiter) {
      const { requests, seconds } = this.limits[rule];
      limiter = new Ratelimit({
        redis,
        limiter: Ratelimit.slidingWindow(requests, `${seconds} s`),
        prefix: `rl:${rule}`,
        ephemeralCache: false,
        timeout: 1_000,
        analytics: false,
      });
      this.limiters.set(rule, limiter);
    }
    return limiter;
  }
}
