import type { Context } from 'hono';
import { background } from '../lib/background';
import { PUBLIC_CACHE_CONTROL, sendJson } from '../lib/http-cache';
import type { AppEnv } from '../lib/types';
import type { Scope } from './cache';
import { buildPage } from './entry';

/**
 * A public catalogue answer that shows no stock (categories, suggestions) through the catalogue cache:
 * a hit is one cache round trip; a miss is built, sent, and stored after the response. It depends on
 * the lists tag, so any product write (and any catalogue-wide change) makes it stale.
 */
export async function cachedCatalogAnswer(c: Context<AppEnv>, key: string, build: () => Promise<unknown>) {
  return cachedScopedAnswer(c, key, async () => ({ value: await build(), scope: {} }));
}

/** As `cachedCatalogAnswer`, for an answer whose dependencies (`scope.tags`) are known once it is built. */
export async function cachedScopedAnswer(c: Context<AppEnv>, key: string, build: () => Promise<{ value: unknown; scope: Scope }>) {
  const { catalog } = c.var.services;
  const lookup = await catalog.lookup(key);
  if (lookup.hit) return sendJson(c, lookup.hit, PUBLIC_CACHE_CONTROL);
  const { value, scope } = await build();
  const page = await buildPage(value, [], []);
  background(c, 'fill catalogue cache', catalog.fill(key, scope, lookup.guard, page));
  return sendJson(c, page.body, PUBLIC_CACHE_CONTROL);
}
