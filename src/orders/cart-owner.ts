import type { Context } from 'hono';
import type { CartOwner } from '../db/queries/cart';
import { hashToken, randomToken } from '../auth/tokens';
import type { AppEnv } from '../lib/types';

export const CART_TOKEN_HEADER = 'X-Cart-Token';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Whose cart a request addresses: the signed-in user (`optionalUser` ran before) and/or the guest
 * token presented, hashed (the database stores only hashes). A malformed token counts as none; the
 * routes' header schemas reject it before this runs.
 */
export async function cartOwner(c: Context<AppEnv>): Promise<CartOwner> {
  const token = c.req.header(CART_TOKEN_HEADER);
  return {
    userId: c.get('auth')?.userId ?? null,
    tokenHash: token && TOKEN.test(token) ? await hashToken(token) : null,
  };
}

/** A new guest cart token and its hash (256 random bits, like refresh tokens). */
export async function newCartToken(): Promise<{ token: string; hash: string }> {
  const token = randomToken();
  return { token, hash: await hashToken(token) };
}

/** True for a well-formed cart token (for callers outside the cart routes, e.g. login). */
export const isCartToken = (token: string | undefined): token is string => token !== undefined && TOKEN.test(token);
