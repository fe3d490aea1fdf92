import type { RouteHandler } from '@hono/zod-openapi';
import { broadcastStock } from '../../clients/realtime';
import { adjustmentTarget } from '../../catalog/adjustments';
import * as q from '../../db/queries/inventory';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import { afterCatalogWrite } from '../products/after-write';
import type * as routes from './admin-inventory.routes';

const movement = (m: q.MovementRow) => ({
  id: Number(m.id),
  product_id: m.product_id,
  variant_id: m.variant_id,
  delta: Number(m.delta),
  stock_after: Number(m.stock_after),
  reason: m.reason as 'initial',
  note: m.note,
  actor_user_id: m.actor_user_id,
  order_id: m.order_id,
  created_at: new Date(m.created_at).toISOString(),
});

export const createAdjustment: RouteHandler<typeof routes.createAdjustment, AppEnv> = async (c) => {
  const { db } = c.var.services;
  const body = c.req.valid('json');
  const target = adjustmentTarget(body.reason, body.quantity);
  const result = await q.adjustStock(db, { product_id: body.product_id, variant_id: body.variant_id, reason: body.reason, note: body.note, ...target });
  if (!result) {
    const item = await q.findStockItem(db.db, body.product_id, body.variant_id);
    if (!item) throw new ApiError('not_found', 404, body.variant_id ? 'No such variant of this product' : 'No such product');
    if (item.has_variants) {
      throw new ApiError('conflict', 409, 'This product’s stock is held by its variants: adjust a variant', [
        { path: 'variant_id', code: 'custom', message: 'required for a product with variants' },
      ]);
    }
    throw new ApiError('insufficient_stock', 409, `The stock is ${item.stock_quantity}; this adjustment would take it below 0`, {
      stock_quantity: item.stock_quantity,
    });
  }
  if (result.movement) {
    await afterCatalogWrite(c, [body.product_id]);
    broadcastStock(c, [{ product_id: body.product_id, variant_id: body.variant_id ?? null, stock_quantity: result.stock_quantity }]);
  }
  return c.json({ stock_quantity: result.stock_quantity, movement: result.movement ? movement(result.movement) : null }, 201);
};

const MOVEMENTS = 'inventory-movements';
export const listMovements: RouteHandler<typeof routes.listMovements, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const { limit, cursor, ...filters } = c.req.valid('query');
  const after = cursor ? String((await decodeCursor(env.JWT_SECRET, MOVEMENTS, cursor))[0]) : null;
  const rows = await q.listMovements(db.db, filters, limit, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? await encodeCursor(env.JWT_SECRET, MOVEMENTS, [last.id]) : null;
  c.header('Cache-Control', 'no-store');
  return c.json({ data: page.map(movement), next_cursor: next }, 200);
};

const LOW = 'inventory-low-stock';
export const listLowStock: RouteHandler<typeof routes.listLowStock, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const { limit, cursor, threshold } = c.req.valid('query');
  const sort = `${LOW}:${threshold ?? 'own'}`;
  const after = cursor ? ((await decodeCursor(env.JWT_SECRET, sort, cursor)) as [number, number, number]) : null;
  const rows = await q.listLowStock(db.db, threshold, limit, after);
  const page = rows.slice(0, limit).map((r) => ({ ...r, stock_quantity: Number(r.stock_quantity), threshold: Number(r.threshold) }));
  const last = page.at(-1);
  const next = rows.length > limit && last ? await encodeCursor(env.JWT_SECRET, sort, [last.stock_quantity, last.product_id, last.variant_id ?? 0]) : null;
  c.header('Cache-Control', 'no-store');
  return c.json({ data: page, next_cursor: next }, 200);
};
