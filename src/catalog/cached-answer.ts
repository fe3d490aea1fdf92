import type { Context } from 'hono';
import { background } from '../lib/background';
import { type CachedBody, PUBLIC_CACHE_CONTROL, sendJson, withEtag } from '../lib/http-cache';
import type { AppEnv } from '../lib/types';

/**
 * A public catalogue answer through the catalogue cache: a hit is one cache round trip; a miss is
 * built, sent, and stored after the response. Any catalogue write makes every entry stale.
 */
export async function cachedCatalogAnswer(c: Context<AppEnv>, key: string, build: () => Promise<unknown>) {
  const { catalog } = c.var.services;
  const lookup = await catalog.get<CachedBody>(key);
  if (lookup.hit) return sendJson(c, lookup.hit, PUBLIC_CACHE_CONTROL);
  const out = await withEtag(await build());
  background(c, 'fill catalogue cache', catalog.set(key, lookup.version, out));
  return sendJson(c, out, PUBLIC_CACHE_CONTROL);
}
