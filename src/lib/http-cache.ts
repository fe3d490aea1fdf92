import type { Context } from 'hono';
import { hexDigest } from './hash';
import type { AppEnv } from './types';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=60';
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** A serialized JSON body with its strong ETag, as cached and as sent. */
export interface CachedBody {
  body: string;
  etag: string;
}

export async function withEtag(value: unknown, etag?: string): Promise<CachedBody> {
  const body = JSON.stringify(value);
  return { body, etag: etag ?? `"${(await hexDigest('SHA-1', body)).slice(0, 27)}"` };
}

/** Sends a JSON body with ETag and Cache-Control; a matching If-None-Match gets a 304. */
export function sendJson(c: Context<AppEnv>, { body, etag }: CachedBody, cacheControl: string) {
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  c.header('Vary', 'Authorization', { append: true });
  const inm = c.req.header('If-None-Match');
  if (inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) {
    return c.body(null, 304);
  }
  return c.body(body, 200, { 'Content-Type': 'application/json' });
}

/**
 * A cache key from a path and its query, independent of parameter order: the canonical text itself
 * (validated queries are short), so a lookup costs no hashing.
 */
export function requestKey(prefix: string, params: Record<string, unknown>): string {
  return `${prefix}:${JSON.stringify(Object.entries(params).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
}
