import type { RouteHandler } from '@hono/zod-openapi';
import type { Updateable } from 'kysely';
import { handleOf, toCollection } from '../../catalog/collections';
import { isUniqueViolation } from '../../db/errors';
import { deleteCollection, findCollectionById, insertCollection, setCollectionProducts, updateCollection } from '../../db/queries/collections';
import { raising } from '../../db/raised';
import type { CollectionsTable } from '../../db/schema';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import type * as routes from './collections.routes';

const handleTaken = (err: unknown) =>
  isUniqueViolation(err, 'collections_handle_key') ? new ApiError('slug_taken', 409, 'A collection with this handle already exists') : err;

export const create: RouteHandler<typeof routes.createCollection, AppEnv> = async (c) => {
  const { db, catalog } = c.var.services;
  const { product_ids, rules, handle, ...body } = c.req.valid('json');
  const base = handle ?? handleOf(body.title);
  // A generated handle that is taken gets a short random suffix; a chosen one is the caller's to fix.
  for (let attempt = 0; ; attempt++) {
    const candidate = attempt === 0 || handle ? base : `${base.slice(0, 110)}-${crypto.randomUUID().slice(0, 6)}`;
    try {
      const row = await raising(insertCollection(db, { ...body, handle: candidate, rules: rules ? JSON.stringify(rules) : null }, product_ids ?? []));
      await catalog.collectionsChanged([row.id]);
      c.header('Location', `/api/collections/${row.handle}`);
      return c.json(toCollection(row), 201);
    } catch (err) {
      const mapped = handleTaken(err);
      if (mapped instanceof ApiError && mapped.code === 'slug_taken' && !handle && attempt < 3) continue;
      throw mapped;
    }
  }
};

export const update: RouteHandler<typeof routes.updateCollection, AppEnv> = async (c) => {
  const { db, catalog } = c.var.services;
  const { id } = c.req.valid('param');
  const { rules, ...body } = c.req.valid('json');
  const patch: Updateable<CollectionsTable> = { ...body };
  if (rules) {
    const current = await findCollectionById(db.db, id);
    if (!current) throw new ApiError('not_found', 404, 'Collection not found');
    if (current.kind !== 'automatic') {
      throw new ApiError('validation_failed', 422, 'The request is not valid', [{ path: 'rules', code: 'custom', message: 'a manual collection has no rules' }]);
    }
    patch.rules = JSON.stringify(rules);
  }
  let row;
  try {
    row = await updateCollection(db.db, id, patch);
  } catch (err) {
    throw handleTaken(err);
  }
  if (!row) throw new ApiError('not_found', 404, 'Collection not found');
  await catalog.collectionsChanged([id]);
  return c.json(toCollection(row), 200);
};

export const remove: RouteHandler<typeof routes.deleteCollection, AppEnv> = async (c) => {
  const { db, catalog } = c.var.services;
  const { id } = c.req.valid('param');
  const gone = await deleteCollection(db.db, id);
  if (!gone) throw new ApiError('not_found', 404, 'Collection not found');
  await catalog.collectionsChanged([id]);
  return c.body(null, 204);
};

export const setProducts: RouteHandler<typeof routes.setCollectionProducts, AppEnv> = async (c) => {
  const { db, catalog } = c.var.services;
  const { id } = c.req.valid('param');
  const { product_ids } = c.req.valid('json');
  const stored = await raising(setCollectionProducts(db, id, product_ids));
  await catalog.collectionsChanged([id]);
  return c.json({ collection_id: id, product_ids: stored }, 200);
};
