import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import { loadEnv } from '../../lib/env';
import type { AppEnv } from '../../lib/types';
import { isAllowedOrigin } from './policy';

/** Request headers the API reads. */
export const CORS_ALLOW_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'If-None-Match', 'X-Cart-Token', 'X-Market', 'X-Order-Token', 'X-Request-Id'];
/** Response headers a storefront needs to read. */
export const CORS_EXPOSE_HEADERS = ['X-Cart-Token', 'ETag', 'X-Request-Id', 'Idempotent-Replayed', 'Retry-After', 'Server-Timing', 'X-Market'];
/** How long a browser may reuse a preflight (Chromium caps it at 2 hours). */
export const CORS_MAX_AGE_SECONDS = 7200;

// Credentials are bearer tokens in Authorization, never cookies, so no Access-Control-Allow-Credentials:
// a page on an allowed origin sends the token it holds; the browser adds nothing on its own.
const allowed = cors({
  origin: (origin) => origin,
  allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowHeaders: CORS_ALLOW_HEADERS,
  exposeHeaders: CORS_EXPOSE_HEADERS,
  maxAge: CORS_MAX_AGE_SECONDS,
  credentials: false,
});

/**
 * CORS for the origins of `CORS_ORIGINS`: preflights answered 204, answers (errors included) readable.
 * Any other origin gets no CORS header at all, so the browser keeps the answer from the page.
 */
export function corsPolicy() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const origin = c.req.header('Origin');
    if (!origin) return next();
    let ok = false;
    try {
      ok = isAllowedOrigin(origin, loadEnv(c.env ?? {}).CORS_ORIGINS);
    } catch {
      // An invalid env is answered by the services middleware; no CORS for it.
    }
    if (ok) return allowed(c, next);
    await next();
    c.res.headers.append('Vary', 'Origin');
  });
}
