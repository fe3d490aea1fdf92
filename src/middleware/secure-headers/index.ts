import { createMiddleware } from 'hono/factory';
import type { Env } from '../../lib/env';
import type { AppEnv } from '../../lib/types';

// Hono's secure headers on every answer (nosniff, a referrer policy, no framing, ...), HSTS in production
// only (a local http origin must not be pinned to https), and a Content-Security-Policy: pages (the
// Swagger UI at /docs, the example store) load only the Worker's own assets and talk only to it and to the
// services the page uses (Supabase Realtime, Cloudinary); API answers allow nothing at all.

// The set hono/secure-headers sends with these choices, written out once: its middleware re-reads its
// options on every answer, which cost more than the rest of an edge-cached answer.
const elsewhere: [string, string][] = [
  ['Cross-Origin-Resource-Policy', 'same-site'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];
const production: [string, string][] = [...elsewhere, ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains']];

/** The CSP of API answers: nothing may load from them, and nothing may frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/** The CSP of the Worker's pages: its own scripts and styles only; connections to itself and the page's services. */
export function pageCsp(env: Pick<Env, 'SUPABASE_URL' | 'CLOUDINARY_API_BASE' | 'CLOUDINARY_DELIVERY_BASE'> | undefined, raw: Record<string, unknown> = {}): string {
  const supabase = originOf(env?.SUPABASE_URL);
  // Card payments confirm at Stripe from the page when the store offers them.
  const stripe = typeof raw.STRIPE_PUBLISHABLE_KEY === 'string' ? (originOf(raw.STRIPE_API_BASE as string | undefined) ?? 'https://api.stripe.com') : null;
  const connect = ["'self'", supabase, supabase?.replace(/^http/, 'ws'), originOf(env?.CLOUDINARY_API_BASE), stripe].filter(Boolean);
  // Product images may live on any https CDN a merchant uses (images run no code).
  const images = ["'self'", 'data:', 'blob:', 'https:', originOf(env?.CLOUDINARY_DELIVERY_BASE)].filter(Boolean);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${images.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Security headers on every answer of the Worker; the CSP chosen by what the answer is. */
export function securityHeaders() {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    // The env is known once the services middleware (below this one) has run; failed env or not, headers go on.
    const env = c.get('services')?.env;
    const headers = c.res.headers;
    for (const [name, value] of env?.ENVIRONMENT === 'production' ? production : elsewhere) headers.set(name, value);
    headers.delete('X-Powered-By');
    const html = (c.res.headers.get('Content-Type') ?? '').startsWith('text/html');
    headers.set('Content-Security-Policy', html ? pageCsp(env, (c.env ?? {}) as Record<string, unknown>) : API_CSP);
  });
}
