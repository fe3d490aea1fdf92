import type { RouteHandler } from '@hono/zod-openapi';
import { toProduct, toSummary } from '../../db/queries/product-mappers';
import { facetsStatement } from '../../db/queries/facets';
import { findProductDetail, type ListFilters, listProducts } from '../../db/queries/products';
import { toFacetCounts } from '../../catalog/facets';
import { background } from '../../lib/background';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, requestKey, sendJson, withEtag } from '../../lib/http-cache';
import { buildPage } from '../../catalog/entry';
import { stockId } from '../../catalog/keys';
import { describeMarket } from '../../markets/market';
import { priceBound } from '../../markets/currency';
import type { AppEnv } from '../../lib/types';
import type * as routes from './products.routes';

// A cursor is bound to its sort (and query) and to the currency whose prices it pages through.
const cursorScope = (currency: string, sort: string, q?: string) =>
  sort === 'relevance' ? `products:${sort}:${q}` : `products:${currency}:${sort}`;

/** The product ETag: it changes with every write (the version is bumped by the database). */
export const productEtag = (id: number, version: number) => `"p${id}-v${version}"`;

export const list: RouteHandler<typeof routes.listProducts, AppEnv> = async (c) => {
  const { db, env, catalog } = c.get('services');
  const market = c.get('market');
  const { market: _requested, ...query } = c.req.valid('query');
  const isAdmin = c.get('auth')?.role === 'admin';
  if (query.include_inactive && !isAdmin) throw new ApiError('forbidden', 403, 'include_inactive is for admins');
  const sort = query.sort ?? (query.q ? 'relevance' : 'newest');
  const currency = market.currency;
  const minCents = priceBound(query.min_price, currency, 'min_price');
  const maxCents = priceBound(query.max_price, currency, 'max_price');
  // Public pages are shared by everyone in a market, so they are cached per market; admin views are not.
  const cacheable = !query.include_inactive;
  // Counts of in-stock products follow stock as in_stock lists do.
  const scope = { inStock: query.in_stock !== undefined || Boolean(query.facets?.includes('in_stock')) };
  const key = cacheable ? requestKey('catalog:list', { ...query, sort, market: market.handle }) : null;
  const lookup = key ? await catalog.lookup(key, scope) : null;
  if (lookup?.hit) return sendJson(c, lookup.hit, PUBLIC_CACHE_CONTROL);

  const cursor = query.cursor ? await decodeCursor(env.JWT_SECRET, cursorScope(currency, sort, query.q), query.cursor) : null;
  const filters: ListFilters = {
    currency,
    category: query.category,
    brand: query.brand,
    minCents,
    maxCents,
    tags: query.tags,
    isFeatured: query.is_featured,
    inStock: query.in_stock,
    q: query.q,
    includeInactive: Boolean(query.include_inactive),
  };
  const pageQuery = listProducts(db.db, filters, sort, query.limit, cursor);
  // With facets, the counts come in the same statement as the page (on each row, or on one row of nulls).
  let facets: ReturnType<typeof toFacetCounts> | undefined;
  let rows: Awaited<ReturnType<typeof pageQuery.execute>>;
  if (query.facets) {
    const result = await facetsStatement(pageQuery, filters, query.facets).execute(db.db);
    const [first] = result.rows;
    facets = first ? toFacetCounts(first.facets, currency) : {};
    rows = result.rows.filter((r) => r.id !== null).map(({ facets: _f, ...r }) => r as (typeof rows)[number]);
  } else {
    rows = await pageQuery.execute();
  }
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? await encodeCursor(env.JWT_SECRET, cursorScope(currency, sort, query.q), last.sort_key) : null;
  const data = page.map((r) => toSummary(r, currency));
  const value = { data, next_cursor: next, market: describeMarket(market), ...(facets ? { facets } : {}) };
  if (!key) return sendJson(c, await withEtag(value), PRIVATE_CACHE_CONTROL);
  const built = await buildPage(value, data, page.map((r) => ({ id: stockId(r.id, null), qty: r.stock_quantity, version: r.version, active: true })));
  if (lookup) background(c, 'fill list cache', catalog.fill(key, scope, lookup.guard, built));
  return sendJson(c, built.body, PUBLIC_CACHE_CONTROL);
};

export const detail: RouteHandler<typeof routes.getProduct, AppEnv> = async (c) => {
  const { db, catalog } = c.get('services');
  const market = c.get('market');
  const { id_or_slug } = c.req.valid('param');
  const isAdmin = c.get('auth')?.role === 'admin';
  const ref = /^[1-9][0-9]{0,9}$/.test(id_or_slug) && Number(id_or_slug) <= 2_147_483_647 ? Number(id_or_slug) : id_or_slug.toLowerCase();
  const key = isAdmin ? null : `catalog:product:${market.handle}:${ref}`;
  const lookup = key ? await catalog.lookup(key) : null;
  if (lookup?.hit) return sendJson(c, lookup.hit, PUBLIC_CACHE_CONTROL);

  const row = await findProductDetail(db.db, ref, isAdmin, market.currency);
  if (!row || (!isAdmin && !row.prices[market.currency])) throw new ApiError('not_found', 404, 'Product not found');
  const { images, variants, ...product } = row;
  const body = { ...toProduct(product, images, variants, isAdmin, market.currency), market: describeMarket(market) };
  // Admins get the version ETag their If-Match is checked against; the public one follows the body
  // (prices change with rates and sales, which are not edits of the product).
  if (!key) return sendJson(c, await withEtag(body, productEtag(product.id, product.version)), PRIVATE_CACHE_CONTROL);
  const slots = [
    { id: stockId(product.id, null), qty: product.stock_quantity, version: product.version, active: true },
    ...variants.map((v) => ({ id: stockId(product.id, v.id), qty: v.stock_quantity, version: product.version, active: v.is_active })),
  ];
  const built = await buildPage(body, [body, ...body.variants], slots);
  if (lookup) background(c, 'fill product cache', catalog.fill(key, { productId: product.id }, lookup.guard, built));
  return sendJson(c, built.body, PUBLIC_CACHE_CONTROL);
};
