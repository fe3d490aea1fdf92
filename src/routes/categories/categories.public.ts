import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { depthFirst, toCategory } from '../../catalog/category-tree';
import { findCategoryBySlug, listCategories } from '../../db/queries/categories';
import { background } from '../../lib/background';
import { ApiError } from '../../lib/errors';
import { type CachedBody, PUBLIC_CACHE_CONTROL, sendJson, withEtag } from '../../lib/http-cache';
import type { AppEnv } from '../../lib/types';
import type * as routes from './categories.routes';

/** A catalogue answer from the catalogue cache, built and stored on a miss (one place for the cache). */
async function cached(c: Context<AppEnv>, key: string, build: () => Promise<unknown>) {
  const { catalog } = c.var.services;
  const lookup = await catalog.get<CachedBody>(key);
  if (lookup.hit) return sendJson(c, lookup.hit, PUBLIC_CACHE_CONTROL);
  const out = await withEtag(await build());
  background(c, 'fill category cache', catalog.set(key, lookup.version, out));
  return sendJson(c, out, PUBLIC_CACHE_CONTROL);
}

export const list: RouteHandler<typeof routes.listCategories, AppEnv> = (c) =>
  cached(c, 'catalog:categories', async () => ({ data: depthFirst(await listCategories(c.var.services.db.db)).map(toCategory) }));

export const detail: RouteHandler<typeof routes.getCategory, AppEnv> = async (c) => {
  const slug = c.req.valid('param').slug.toLowerCase();
  // Only a well-formed slug can name a category; anything else is not found without a query.
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new ApiError('not_found', 404, 'Category not found');
  return cached(c, `catalog:category:${slug}`, async () => {
    const row = await findCategoryBySlug(c.var.services.db.db, slug);
    if (!row) throw new ApiError('not_found', 404, 'Category not found');
    const { breadcrumb, children, ...category } = row;
    return { ...toCategory(category), breadcrumb, children: children.map(toCategory) };
  }) as never;
};
