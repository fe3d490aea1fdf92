import type { RouteHandler } from '@hono/zod-openapi';
import type { Updateable } from 'kysely';
import { toCategory } from '../../catalog/category-tree';
import { deleteCategory, insertCategory, updateCategory } from '../../db/queries/categories';
import { isUniqueViolation } from '../../db/errors';
import { raising } from '../../db/raised';
import type { CategoriesTable } from '../../db/schema';
import { ApiError } from '../../lib/errors';
import { categorySlug } from '../../catalog/slug';
import type { AppEnv } from '../../lib/types';
import type { CategoryUpdate } from '../../schemas/categories';
import type * as routes from './categories.routes';

const slugTaken = (err: unknown) =>
  isUniqueViolation(err, 'categories_slug_key') ? new ApiError('slug_taken', 409, 'A category with this slug already exists') : err;

async function write<T>(work: Promise<T>): Promise<T> {
  try {
    return await raising(work);
  } catch (err) {
    throw slugTaken(err);
  }
}

export const create: RouteHandler<typeof routes.createCategory, AppEnv> = async (c) => {
  const { db, catalog } = c.var.services;
  const body = c.req.valid('json');
  const row = await write(insertCategory(db.db, { ...body, slug: body.slug ?? categorySlug(body.name) }));
  // The tree is part of the catalogue: every cached catalogue answer is stale now.
  await catalog.bump();
  c.header('Location', `/api/categories/${row.slug}`);
  return c.json(toCategory(row), 201);
};

export const update: RouteHandler<typeof routes.updateCategory, AppEnv> = async (c) => {
  const { db, catalog } = c.var.services;
  const { id } = c.req.valid('param');
  const body: CategoryUpdate = c.req.valid('json');
  const row = await write(updateCategory(db.db, id, body as Updateable<CategoriesTable>));
  if (!row) throw new ApiError('not_found', 404, 'Category not found');
  await catalog.bump();
  return c.json(toCategory(row), 200);
};

export const remove: RouteHandler<typeof routes.deleteCategory, AppEnv> = async (c) => {
  const { db, catalog } = c.var.services;
  const { id } = c.req.valid('param');
  const r = await deleteCategory(db.db, id);
  if (!r.found) throw new ApiError('not_found', 404, 'Category not found');
  if (!r.deleted) {
    const what = r.children ? 'subcategories' : 'products';
    throw new ApiError('conflict', 409, `The category still has ${what}: move or delete them first`, { children: r.children, products: r.products });
  }
  await catalog.bump();
  return c.body(null, 204);
};
