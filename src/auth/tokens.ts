import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { base64url } from '../lib/encoding';
import { hexDigest } from '../lib/hash';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
export const TOKEN_ISSUER = 'edge-commerce-api';
export const TOKEN_AUDIENCE = 'edge-commerce-clients';

import type { Role } from '../db/schema';

export type { Role };

/** Every role, least privileged first. */
export const ROLES = ['customer', 'staff', 'admin'] as const satisfies readonly Role[];

export interface AccessClaims {
  userId: number;
  role: Role;
  jti: string;
  /** The refresh-token family (session) the token was issued for. */
  sessionId: string;
  /** The user's preferred currency when the token was issued (chooses the market without a query). */
  currency: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const keys = new Map<string, Uint8Array>();
function keyFor(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new TextEncoder().encode(secret);
    keys.set(secret, key);
  }
  return key;
}

/** Signs a 15-minute HS256 access token for one session. */
export async function signAccessToken(secret: string, userId: number, role: Role, sessionId: string, now = Date.now(), currency: string | null = null): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ role, sid: sessionId, ...(currency ? { cur: currency } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(String(userId))
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .setJti(crypto.randomUUID())
    .sign(keyFor(secret));
}

/**
 * Verifies an access token: HS256 only (so `none` and every other algorithm fail), our issuer
 * and audience, not expired, untampered. Returns null for any invalid token.
 */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, keyFor(secret), {
      algorithms: ['HS256'],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      requiredClaims: ['sub', 'exp', 'iat', 'jti'],
    });
    const userId = Number(payload.sub);
    const role = payload.role;
    if (!Number.isInteger(userId) || userId < 1 || !ROLES.includes(role as Role)) return null;
    // Every token belongs to a session (the database checks it is still live).
    const sessionId = payload.sid;
    if (typeof sessionId !== 'string' || !UUID.test(sessionId)) return null;
    const currency = typeof payload.cur === 'string' && /^[A-Z]{3}$/.test(payload.cur) ? payload.cur : null;
    return { userId, role: role as Role, jti: String(payload.jti), sessionId, currency };
  } catch (err) {
    if (err instanceof joseErrors.JOSEError) return null;
    throw err;
  }
}

/** An opaque, unguessable token (256 bits, base64url), for refresh, verification and reset links. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return base64url(bytes);
}

/**
 * The refresh token that succeeds `token`: derived from it under the server secret, so a second
 * rotation of the same token within the grace window hands out the same successor (two tabs).
 */
export async function successorToken(secret: string, token: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`refresh-successor:${token}`));
  return base64url(new Uint8Array(mac));
}

/** Opaque tokens are stored only as their SHA-256. */
export function hashToken(token: string): Promise<string> {
  return hexDigest('SHA-256', token);
}
