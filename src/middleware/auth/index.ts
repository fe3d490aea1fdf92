import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { type AccessClaims, verifyAccessToken } from '../../auth/tokens';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';

const unauthenticated = (message: string) =>
  new ApiError('unauthenticated', 401, message, undefined, { 'WWW-Authenticate': 'Bearer' });

/** Reads and verifies the bearer token; null when there is none, throws when it is invalid. */
async function authenticate(c: Context<AppEnv>): Promise<AccessClaims | null> {
  const header = c.req.header('Authorization');
  if (!header) return null;
  const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(header);
  if (!m) throw unauthenticated('The Authorization header must be "Bearer <access token>"');
  const claims = await verifyAccessToken(c.var.services.env.JWT_SECRET, m[1]!);
  if (!claims) throw unauthenticated('The access token is invalid or expired');
  return claims;
}

/** Requires a signed-in user (401 `unauthenticated`); sets `c.var.auth`. */
export function requireUser() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const claims = await authenticate(c);
    if (!claims) throw unauthenticated('Sign in to use this endpoint');
    c.set('auth', claims);
    await next();
  });
}

/** Requires an admin (401 without a token, 403 `forbidden` for other users). */
export function requireAdmin() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const claims = await authenticate(c);
    if (!claims) throw unauthenticated('Sign in to use this endpoint');
    if (claims.role !== 'admin') throw new ApiError('forbidden', 403, 'This endpoint is for admins');
    c.set('auth', claims);
    await next();
  });
}

/** Accepts an optional user: sets `c.var.auth` when a valid token is present, rejects a bad one. */
export function optionalUser() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const claims = await authenticate(c);
    if (claims) c.set('auth', claims);
    await next();
  });
}

/** OpenAPI security requirement for routes behind `requireUser`/`requireAdmin`. */
export const bearerSecurity = [{ bearerAuth: [] }];

/** OpenAPI security of routes behind `optionalUser`: no credentials, or a bearer token. */
export const optionalBearerSecurity: Record<string, string[]>[] = [{}, { bearerAuth: [] }];
