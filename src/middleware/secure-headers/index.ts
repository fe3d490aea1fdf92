import { createMiddleware } from 'hono/factory';
import type { Env } from '../../lib/env';
import type { AppEnv } from '../../lib/types';

// Hono's secure headers on every answer (nosniff, a referrer policy, no framing, ...), HSTS in production
// only (a local http origin must not be pinned to https), and a Content-Security-Policy: pages (the
// Swagger UI at /docs, the example store) load only the Worker's own assets and talk only to it and to the
// services the page uses (Supabase Realtime, Cloudinary); API answers allow nothing at all.

// The set hono/secure-headers sends with these choices, written out once: its middleware re-reads its
// options on every answer, which cost more than the rest of an edge-cached answer. Every answer gets the
// ones that protect any response (no sniffing, no framing, no cross-site embedding, a referrer policy);
// pages (HTML) also get those that only a document acts on. Each header is CPU on every answer, so JSON
// does not carry the document-only ones (as OWASP's REST guidance lists).
const everyAnswer: [string, string][] = [
  ['Cross-Origin-Resource-Policy', 'same-site'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
];
const documentsOnly: [string, string][] = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];
const HSTS: [string, string] = ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'];
const SETS = {
  api: everyAnswer,
  apiProduction: [...everyAnswer, HSTS],
  page: [...everyAnswer, ...documentsOnly],
  pageProduction: [...everyAnswer, ...documentsOnly, HSTS],
};

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
    const html = (headers.get('Content-Type') ?? '').startsWith('text/html');
    const production = env?.ENVIRONMENT === 'production';
    for (const [name, value] of html ? (production ? SETS.pageProduction : SETS.page) : production ? SETS.apiProduction : SETS.api) headers.set(name, value);
    headers.delete('X-Powered-By');
    headers.set('Content-Security-Policy', html ? pageCsp(env, (c.env ?? {}) as Record<string, unknown>) : API_CSP);
  });
}
