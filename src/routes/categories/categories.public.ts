import type { RouteHandler } from '@hono/zod-openapi';
import { cachedCatalogAnswer } from '../../catalog/cached-answer';
import { depthFirst, toCategory } from '../../catalog/category-tree';
import { findCategoryBySlug, listCategories } from '../../db/queries/categories';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import type * as routes from './categories.routes';

export const list: RouteHandler<typeof routes.listCategories, AppEnv> = (c) =>
  cachedCatalogAnswer(c, 'catalog:categories', async () => ({ data: depthFirst(await listCategories(c.var.services.db.db)).map(toCategory) }));

export const detail: RouteHandler<typeof routes.getCategory, AppEnv> = async (c) => {
  const slug = c.req.valid('param').slug.toLowerCase();
  // Only a well-formed slug can name a category; anything else is not found without a query.
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new ApiError('not_found', 404, 'Category not found');
  return cachedCatalogAnswer(c, `catalog:category:${slug}`, async () => {
    const row = await findCategoryBySlug(c.var.services.db.db, slug);
    if (!row) throw new ApiError('not_found', 404, 'Category not found');
    const { breadcrumb, children, ...category } = row;
    return { ...toCategory(category), breadcrumb, children: children.map(toCategory) };
  }) as never;
};
