import type { RouteHandler } from '@hono/zod-openapi';
import { toProduct, toSummary } from '../../db/queries/product-mappers';
import { findProductDetail, listProducts } from '../../db/queries/products';
import { background } from '../../lib/background';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, requestKey, sendJson, withEtag, type CachedBody } from '../../lib/http-cache';
import { toCents } from '../../lib/money';
import type { AppEnv } from '../../lib/types';
import type * as routes from './products.routes';

const cursorScope = (sort: string, q?: string) => (sort === 'relevance' ? `products:${sort}:${q}` : `products:${sort}`);

/** The product ETag: it changes with every write (the version is bumped by the database). */
export const productEtag = (id: number, version: number) => `"p${id}-v${version}"`;

export const list: RouteHandler<typeof routes.listProducts, AppEnv> = async (c) => {
  const { db, env, catalog } = c.var.services;
  const query = c.req.valid('query');
  const isAdmin = c.var.auth?.role === 'admin';
  if (query.include_inactive && !isAdmin) throw new ApiError('forbidden', 403, 'include_inactive is for admins');
  const sort = query.sort ?? (query.q ? 'relevance' : 'newest');
  // Public pages are shared by everyone, so they are cached; admin views are not.
  const cacheable = !query.include_inactive;
  const key = cacheable ? await requestKey('catalog:list', { ...query, sort }) : null;
  const lookup = key ? await catalog.get<CachedBody>(key) : null;
  if (lookup?.hit) return sendJson(c, lookup.hit, PUBLIC_CACHE_CONTROL);

  const cursor = query.cursor ? await decodeCursor(env.JWT_SECRET, cursorScope(sort, query.q), query.cursor) : null;
  const rows = await listProducts(
    db.db,
    {
      category: query.category,
      brand: query.brand,
      minCents: query.min_price === undefined ? undefined : toCents(query.min_price),
      maxCents: query.max_price === undefined ? undefined : toCents(query.max_price),
      tags: query.tags,
      isFeatured: query.is_featured,
      inStock: query.in_stock,
      q: query.q,
      includeInactive: Boolean(query.include_inactive),
    },
    sort,
    query.limit,
    cursor,
  ).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? await encodeCursor(env.JWT_SECRET, cursorScope(sort, query.q), last.sort_key) : null;
  const out = await withEtag({ data: page.map(toSummary), next_cursor: next });
  if (key && lookup) background(c, 'fill list cache', catalog.set(key, lookup.version, out));
  return sendJson(c, out, cacheable ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL);
};

export const detail: RouteHandler<typeof routes.getProduct, AppEnv> = async (c) => {
  const { db, catalog } = c.var.services;
  const { id_or_slug } = c.req.valid('param');
  const isAdmin = c.var.auth?.role === 'admin';
  const ref = /^[1-9][0-9]{0,9}$/.test(id_or_slug) && Number(id_or_slug) <= 2_147_483_647 ? Number(id_or_slug) : id_or_slug.toLowerCase();
  const key = isAdmin ? null : `catalog:product:${ref}`;
  const lookup = key ? await catalog.get<CachedBody>(key) : null;
  if (lookup?.hit) return sendJson(c, lookup.hit, PUBLIC_CACHE_CONTROL);

  const row = await findProductDetail(db.db, ref, isAdmin);
  if (!row) throw new ApiError('not_found', 404, 'Product not found');
  const { images, variants, ...product } = row;
  const out = await withEtag(toProduct(product, images, variants, isAdmin), productEtag(product.id, product.version));
  if (key && lookup) background(c, 'fill product cache', catalog.set(key, lookup.version, out));
  return sendJson(c, out, isAdmin ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL);
};
