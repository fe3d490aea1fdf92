import type { Context } from 'hono';
import { describeError } from './logger';
import type { AppEnv } from './types';

/** Runs work after the response (`waitUntil`); a failure is logged, never thrown at the client. */
export function background(c: Context<AppEnv>, what: string, work: Promise<unknown>): void {
  const guarded = work.catch((err) => c.get('log').warn(`background task failed: ${what}`, describeError(err)));
  try {
    c.executionCtx.waitUntil(guarded);
  } catch {
    // No execution context (e.g. `app.request` in tests): the promise still runs to completion.
  }
}

/** The client's IP as Cloudflare reports it. */
export function clientIp(c: Context<AppEnv>): string {
  return c.req.header('CF-Connecting-IP') ?? 'unknown';
}
