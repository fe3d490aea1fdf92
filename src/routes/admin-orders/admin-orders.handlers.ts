import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { userOrdersTopic } from '../../clients/realtime';
import * as q from '../../db/queries/admin-orders';
import { toOrder } from '../../db/queries/order-mappers';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import { toDecimal } from '../../markets/currency';
import { orderFilter } from '../../orders/admin-filters';
import { ORDER_CSV_HEADER, orderCsvLine } from '../../orders/csv';
import type * as routes from './admin-orders.routes';

/** Rows per round trip of the export: 100k orders are 100 round trips, within a Worker's subrequest limit. */
export const EXPORT_PAGE_SIZE = 1000;

const sortKey = (sort: q.OrderSort) => `admin-orders:${sort}`;

const summary = (r: q.AdminOrderRow) => ({
  id: r.id,
  order_number: r.order_number,
  status: r.status,
  payment_status: r.payment_status,
  fulfillment_status: r.fulfillment_status,
  currency: r.currency.trim(),
  total_amount: toDecimal(r.total_amount_cents, r.currency.trim()),
  item_count: Number(r.item_count),
  email: r.email,
  customer: r.user_id === null ? null : { id: r.user_id, name: r.customer_name },
  created_at: new Date(r.created_at).toISOString(),
});

export const listOrders: RouteHandler<typeof routes.listOrders, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const { sort, limit, cursor, ...filters } = c.req.valid('query');
  const after = cursor ? await decodeCursor(env.JWT_SECRET, sortKey(sort), cursor) : null;
  const rows = await q.listAdminOrders(db.db, orderFilter(filters), sort, limit, after as (string | number)[] | null);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? await encodeCursor(env.JWT_SECRET, sortKey(sort), q.orderKey(last, sort)) : null;
  c.header('Cache-Control', 'no-store');
  return c.json({ data: page.map(summary), next_cursor: next }, 200);
};

export const exportOrders: RouteHandler<typeof routes.exportOrders, AppEnv> = async (c) => {
  const { db } = c.var.services;
  const filter = orderFilter(c.req.valid('query'));
  // The first page is read before answering, so a failure is still a proper error answer.
  let rows = await q.listAdminOrders(db.db, filter, 'newest', EXPORT_PAGE_SIZE, null);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${ORDER_CSV_HEADER.join(',')}\r\n`));
    },
    async pull(controller) {
      const page = rows.slice(0, EXPORT_PAGE_SIZE);
      if (page.length) controller.enqueue(encoder.encode(page.map(orderCsvLine).join('')));
      const last = page.at(-1);
      if (rows.length <= EXPORT_PAGE_SIZE || !last) {
        controller.close();
        return;
      }
      try {
        rows = await q.listAdminOrders(db.db, filter, 'newest', EXPORT_PAGE_SIZE, q.orderKey(last, 'newest'));
      } catch (err) {
        c.var.services.log.error('order export failed mid-stream', { message: (err as Error).message });
        controller.error(err);
      }
    },
  });
  const day = new Date(c.var.services.clock()).toISOString().slice(0, 10);
  return c.body(stream, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="orders-${day}.csv"`,
    'Cache-Control': 'no-store',
  }) as never;
};

const topicOf = (c: Context<AppEnv>, userId: number | null) =>
  userId === null ? Promise.resolve(null) : userOrdersTopic(c.var.services.env.JWT_SECRET, userId);

export const getOrder: RouteHandler<typeof routes.getOrder, AppEnv> = async (c) => {
  const row = await q.findAdminOrder(c.var.services.db.db, c.req.valid('param').id);
  if (!row) throw new ApiError('not_found', 404, 'Order not found');
  const order = toOrder(row.snapshot, await topicOf(c, row.snapshot.user_id));
  return c.json(
    {
      ...order,
      customer: row.customer_id === null ? null : { id: row.customer_id, email: row.customer_email!, name: row.customer_name },
      events: row.events.map((e) => ({
        kind: e.kind,
        from_status: e.from_status,
        to_status: e.to_status,
        note: e.note,
        actor_user_id: e.actor_user_id,
        at: new Date(e.created_at).toISOString(),
      })),
    },
    200,
  );
};
