import * as q from '../../db/queries/addresses';
import { createRouter } from '../../lib/create-app';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import * as routes from './addresses.routes';

// Another user's address answers 404, never 403, so ids do not reveal which addresses exist.
const notFound = () => new ApiError('not_found', 404, 'Address not found');
const SORT = 'addresses:id';

const addresses = createRouter()
  .openapi(routes.listAddresses, async (c) => {
    const { db, env } = c.var.services;
    const { limit, cursor } = c.req.valid('query');
    const after = cursor ? Number((await decodeCursor(env.JWT_SECRET, SORT, cursor))[0]) : null;
    const rows = await q.listAddresses(db.db, c.var.auth.userId, limit, after);
    const page = rows.slice(0, limit);
    const next = rows.length > limit ? await encodeCursor(env.JWT_SECRET, SORT, [page.at(-1)!.id]) : null;
    return c.json({ data: page.map(q.toAddress), next_cursor: next }, 200);
  })
  .openapi(routes.createAddress, async (c) => {
    const row = await q.createAddress(c.var.services.db, c.var.auth.userId, c.req.valid('json'));
    return c.json(q.toAddress(row), 201);
  })
  .openapi(routes.getAddress, async (c) => {
    const row = await q.findAddress(c.var.services.db.db, c.var.auth.userId, c.req.valid('param').id);
    if (!row) throw notFound();
    return c.json(q.toAddress(row), 200);
  })
  .openapi(routes.updateAddress, async (c) => {
    const row = await q.updateAddress(c.var.services.db, c.var.auth.userId, c.req.valid('param').id, c.req.valid('json'));
    if (!row) throw notFound();
    return c.json(q.toAddress(row), 200);
  })
  .openapi(routes.deleteAddress, async (c) => {
    const row = await q.deleteAddress(c.var.services.db.db, c.var.auth.userId, c.req.valid('param').id);
    if (!row) throw notFound();
    return c.body(null, 204);
  });

export default addresses;
