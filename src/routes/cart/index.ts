import type { Context } from 'hono';
import type { CompiledQuery } from 'kysely';
import * as q from '../../db/queries/cart';
import { raising } from '../../db/raised';
import { cartOwner, CART_TOKEN_HEADER, newCartToken } from '../../orders/cart-owner';
import { createRouter } from '../../lib/create-app';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import * as routes from './cart.routes';

/**
 * Runs the writes and then the cart view in one batch (one round trip, one transaction), or the view
 * alone. Returns each write's rows and the view's.
 */
async function withView(c: Context<AppEnv>, writes: (CompiledQuery | null)[], view: CompiledQuery) {
  const { db } = c.var.services;
  const statements = writes.filter((w): w is CompiledQuery => w !== null);
  if (statements.length === 0) {
    const { rows } = await db.db.executeQuery(view);
    return { results: [] as Record<string, unknown>[][], rows: rows as q.CartViewRow[] };
  }
  const all = await raising(db.batch([...statements, view]));
  return { results: all.slice(0, -1), rows: all.at(-1) as unknown as q.CartViewRow[] };
}

const cart = createRouter()
  .openapi(routes.getCart, async (c) => {
    const owner = await cartOwner(c);
    if (owner.userId === null && owner.tokenHash === null) return c.json(q.toCart([], c.var.market), 200);
    const { db } = c.var.services.db;
    const { rows } = await withView(c, [q.mergeQuery(db, owner)], q.viewQuery(db, owner).compile());
    return c.json(q.toCart(rows, c.var.market), 200);
  })
  .openapi(routes.addItem, async (c) => {
    const owner = await cartOwner(c);
    const { db } = c.var.services.db;
    // A guest without a (live) cart gets a new one; the token is only handed out if it was used.
    const fresh = owner.userId === null ? await newCartToken() : null;
    const { results, rows } = await withView(
      c,
      [q.putItemQuery(db, owner, fresh?.hash ?? null, c.req.valid('json'), true), q.setMarketQuery(db, owner, c.var.market, fresh?.hash ?? null)],
      q.viewQuery(db, owner, fresh?.hash ?? null).compile(),
    );
    const created = (results[0]![0]!.result as { created: boolean }).created;
    if (created && fresh) c.header(CART_TOKEN_HEADER, fresh.token);
    return c.json(q.toCart(rows, c.var.market, created && fresh ? fresh.token : null), 200);
  })
  .openapi(routes.updateItem, async (c) => {
    const owner = await cartOwner(c);
    const { db } = c.var.services.db;
    const { rows } = await withView(
      c,
      [q.updateItemQuery(db, owner, c.req.valid('param').id, c.req.valid('json').quantity), q.setMarketQuery(db, owner, c.var.market)],
      q.viewQuery(db, owner).compile(),
    );
    return c.json(q.toCart(rows, c.var.market), 200);
  })
  .openapi(routes.deleteItem, async (c) => {
    const owner = await cartOwner(c);
    const { db } = c.var.services.db;
    const { results, rows } = await withView(
      c,
      [q.mergeQuery(db, owner), q.deleteItemQuery(db, owner, c.req.valid('param').id)],
      q.viewQuery(db, owner).compile(),
    );
    if (results.at(-1)!.length === 0) throw new ApiError('not_found', 404, 'Cart item not found');
    return c.json(q.toCart(rows, c.var.market), 200);
  })
  .openapi(routes.clearCart, async (c) => {
    const owner = await cartOwner(c);
    if (owner.userId === null && owner.tokenHash === null) return c.body(null, 204);
    const { db } = c.var.services;
    const merge = q.mergeQuery(db.db, owner);
    await raising(db.batch([...(merge ? [merge] : []), q.clearQuery(db.db, owner)]));
    return c.body(null, 204);
  });

export default cart;
