import type { RouteHandler } from '@hono/zod-openapi';
import { cachedScopedAnswer } from '../../catalog/cached-answer';
import { isHandle, toCollection } from '../../catalog/collections';
import { buildPage } from '../../catalog/entry';
import { COLLECTIONS_TAG, collectionTag, LISTS_TAG, STOCK_TAG, stockId } from '../../catalog/keys';
import { collectionProducts, findCollectionByHandle, listCollections } from '../../db/queries/collections';
import { toSummary } from '../../db/queries/product-mappers';
import { background } from '../../lib/background';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, requestKey, sendJson, withEtag } from '../../lib/http-cache';
import type { AppEnv } from '../../lib/types';
import { describeMarket } from '../../markets/market';
import type * as routes from './collections.routes';

const notFound = () => new ApiError('not_found', 404, 'Collection not found');

export const list: RouteHandler<typeof routes.listCollections, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const query = c.req.valid('query');
  const isAdmin = c.get('auth')?.role === 'admin';
  if (query.include_inactive && !isAdmin) throw new ApiError('forbidden', 403, 'include_inactive is for admins');
  const build = async () => {
    const cursor = query.cursor ? await decodeCursor(env.JWT_SECRET, 'collections', query.cursor) : null;
    const rows = await listCollections(db.db, Boolean(query.include_inactive), query.limit, cursor);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const next = rows.length > query.limit && last ? await encodeCursor(env.JWT_SECRET, 'collections', [last.position, last.id]) : null;
    return { data: page.map(toCollection), next_cursor: next };
  };
  if (query.include_inactive) return sendJson(c, await withEtag(await build()), PRIVATE_CACHE_CONTROL);
  return cachedScopedAnswer(c, requestKey('catalog:collections', query), async () => ({ value: await build(), scope: { tags: [COLLECTIONS_TAG] } })) as never;
};

export const detail: RouteHandler<typeof routes.getCollection, AppEnv> = async (c) => {
  const { db } = c.var.services;
  const handle = c.req.valid('param').handle.toLowerCase();
  if (!isHandle(handle)) throw notFound();
  if (c.get('auth')?.role === 'admin') {
    const row = await findCollectionByHandle(db.db, handle, true);
    if (!row) throw notFound();
    return sendJson(c, await withEtag(toCollection(row)), PRIVATE_CACHE_CONTROL) as never;
  }
  return cachedScopedAnswer(c, `catalog:collection:${handle}`, async () => {
    const row = await findCollectionByHandle(db.db, handle, false);
    if (!row) throw notFound();
    return { value: toCollection(row), scope: { tags: [collectionTag(row.id)] } };
  }) as never;
};

// A cursor is bound to its collection, sort and the currency whose prices it pages through.
const cursorScope = (id: number, currency: string, sort: string) => `collection:${id}:${currency}:${sort}`;

export const products: RouteHandler<typeof routes.getCollectionProducts, AppEnv> = async (c) => {
  const { db, env, catalog } = c.var.services;
  const market = c.get('market');
  const handle = c.req.valid('param').handle.toLowerCase();
  const { market: _requested, ...query } = c.req.valid('query');
  if (!isHandle(handle)) throw notFound();
  // The rules (and so whether the page follows stock) are known only after the miss: every fill
  // guards on the stock tag, and depends on it only when the collection filters on stock.
  const key = requestKey(`catalog:collection-products:${handle}`, { ...query, market: market.handle });
  const lookup = await catalog.lookup(key, { inStock: true });
  if (lookup.hit) return sendJson(c, lookup.hit, PUBLIC_CACHE_CONTROL);

  const collection = await findCollectionByHandle(db.db, handle, false);
  if (!collection) throw notFound();
  const sort = query.sort ?? (collection.kind === 'manual' ? 'manual' : 'newest');
  if (sort === 'manual' && collection.kind !== 'manual') {
    throw new ApiError('validation_failed', 422, 'The request is not valid', [
      { path: 'sort', code: 'custom', message: 'an automatic collection has no manual order' },
    ]);
  }
  const currency = market.currency;
  const scopeName = cursorScope(collection.id, currency, sort);
  const cursor = query.cursor ? await decodeCursor(env.JWT_SECRET, scopeName, query.cursor) : null;
  const rows = await collectionProducts(db.db, collection, currency, sort, query.limit, cursor).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? await encodeCursor(env.JWT_SECRET, scopeName, last.sort_key) : null;
  const data = page.map((r) => toSummary(r, currency));
  const value = { data, next_cursor: next, market: describeMarket(market) };
  const built = await buildPage(value, data, page.map((r) => ({ id: stockId(r.id, null), qty: r.stock_quantity, version: r.version, active: true })));
  const tags = [LISTS_TAG, collectionTag(collection.id), ...(collection.rules?.in_stock !== undefined ? [STOCK_TAG] : [])];
  background(c, 'fill collection cache', catalog.fill(key, { inStock: true, tags }, lookup.guard, built));
  return sendJson(c, built.body, PUBLIC_CACHE_CONTROL);
};
