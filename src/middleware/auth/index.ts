import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { type AccessClaims, verifyAccessToken } from '../../auth/tokens';
import { ApiError } from '../../lib/errors';
import { errorBody } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';

const unauthenticated = (message: string) =>
  new ApiError('unauthenticated', 401, message, undefined, { 'WWW-Authenticate': 'Bearer' });

/** Reads and verifies the bearer token; null when there is none, throws when it is invalid. */
async function authenticate(c: Context<AppEnv>): Promise<AccessClaims | null> {
  const header = c.req.header('Authorization');
  if (!header) return null;
  const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(header);
  if (!m) throw unauthenticated('The Authorization header must be "Bearer <access token>"');
  const claims = await verifyAccessToken(c.get('services').env.JWT_SECRET, m[1]!);
  if (!claims) throw unauthenticated('The access token is invalid or expired');
  return claims;
}

/**
 * Signs the request in with verified claims. Whether the session, the account and the role still hold is
 * checked by the request's own first database round trip or cache read (auth/session-guard.ts); a request
 * that made neither asks Redis (or, with Redis down, the database) once before its answer leaves.
 */
async function signIn(c: Context<AppEnv>, claims: AccessClaims, next: () => Promise<void>) {
  const { session } = c.get('services');
  c.set('auth', claims);
  session.expect(claims);
  await next();
  if (session.settled || c.res.status >= 400) return;
  try {
    await session.confirm();
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    // Replace the answer; none of its caching headers may outlive it.
    c.res = new Response(JSON.stringify(errorBody(err, c.get('requestId'))), { status: err.status, headers: { 'Content-Type': 'application/json', ...err.headers } });
    for (const name of ['ETag', 'Last-Modified']) c.res.headers.delete(name);
    c.res.headers.set('Cache-Control', 'no-store');
  }
}

/** Requires a signed-in user (401 `unauthenticated`); sets `c.get('auth')`. */
export function requireUser() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const claims = await authenticate(c);
    if (!claims) throw unauthenticated('Sign in to use this endpoint');
    await signIn(c, claims, next);
  });
}

/**
 * Requires an admin (401 without a token, 403 `forbidden` for other users). Carries `roles`, which the
 * OpenAPI document shows as the route's `x-roles`.
 */
export function requireAdmin() {
  return Object.assign(createMiddleware<AppEnv>(async (c, next) => {
    const claims = await authenticate(c);
    if (!claims) throw unauthenticated('Sign in to use this endpoint');
    if (claims.role !== 'admin') throw new ApiError('forbidden', 403, 'This endpoint is for admins');
    await signIn(c, claims, next);
  }), { roles: ['admin'] as const });
}

/** Accepts an optional user: sets `c.get('auth')` when a valid token is present, rejects a bad one. */
export function optionalUser() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const claims = await authenticate(c);
    if (claims) await signIn(c, claims, next);
    else await next();
  });
}

/** OpenAPI security requirement for routes behind `requireUser`/`requireAdmin`. */
export const bearerSecurity = [{ bearerAuth: [] }];

/** OpenAPI security of routes behind `optionalUser`: no credentials, or a bearer token. */
export const optionalBearerSecurity: Record<string, string[]>[] = [{}, { bearerAuth: [] }];
