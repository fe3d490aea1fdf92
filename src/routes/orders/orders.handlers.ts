import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { userOrdersTopic } from '../../clients/realtime';
import { stockChanged } from '../../catalog/stock';
import { type IntentRow, toOrder, toOrderSummary } from '../../db/queries/order-mappers';
import * as q from '../../db/queries/orders';
import { raising } from '../../db/raised';
import { cartOwner } from '../../orders/cart-owner';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import { IDEMPOTENCY_WAIT_MS, idempotencyKey, requestHash } from '../../orders/idempotency';
import { ORDER_TRANSITIONS } from '../../orders/status';
import { afterPayment, isCardPayment, paymentDeps } from '../../payments/context';
import { recordManualPayment } from '../../payments/manual';
import { captureForShipping, openIntent, settleCancelled } from '../../payments/service';
import { trackingUrl } from '../../orders/carriers';
import type { AppEnv } from '../../lib/types';
import { broadcastOrderEvents } from '../../events/realtime';
import type * as admin from './orders.admin.routes';
import type * as routes from './orders.routes';

// Anyone but the owner or an admin gets 404, so order ids reveal nothing about other people's orders.
const notFound = () => new ApiError('not_found', 404, 'Order not found');
const SORT = 'orders:newest';

const topicOf = (c: Context<AppEnv>, userId: number | null) =>
  userId === null ? Promise.resolve(null) : userOrdersTopic(c.var.services.env.JWT_SECRET, userId);

export const createOrder: RouteHandler<typeof routes.createOrder, AppEnv> = async (c) => {
  const { db } = c.var.services;
  const key = idempotencyKey(c);
  const body = c.req.valid('json');
  const owner = await cartOwner(c);
  if (owner.userId === null) {
    if (owner.tokenHash === null) throw new ApiError('cart_empty', 409, 'The cart is empty');
    const issues = [
      ...(body.email ? [] : [{ path: 'email', code: 'custom', message: 'required for guest checkout' }]),
      ...(body.shipping_address_id || body.billing_address_id ? [{ path: 'shipping_address_id', code: 'custom', message: 'saved addresses need a signed-in user' }] : []),
    ];
    if (issues.length) throw new ApiError('validation_failed', 422, 'The request is not valid', issues);
  }
  const result = await raising(
    q.placeOrder(db.db, {
      ...body,
      // Keys are scoped to the user, or to the guest cart: one client's key never meets another's.
      scope: owner.userId !== null ? `user:${owner.userId}` : `cart:${owner.tokenHash}`,
      key,
      request_hash: await requestHash(body),
      wait_ms: IDEMPOTENCY_WAIT_MS,
      user_id: owner.userId,
      cart_token_hash: owner.tokenHash,
      market: c.var.market.handle,
    }),
  );
  if (result.replayed) c.header('Idempotent-Replayed', 'true');
  else stockChanged(c, result.stock, { decreased: true });
  // Card orders get their PaymentIntent now (a replay gets the same one back from Stripe).
  const payments = paymentDeps(c);
  let intent: IntentRow | null = null;
  if (payments && isCardPayment(result.order.payment_method)) intent = await openIntent(payments, result.order);
  return c.json(toOrder(result.order, await topicOf(c, result.order.user_id), intent, true), 201);
};

export const listOrders: RouteHandler<typeof routes.listOrders, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const { limit, cursor } = c.req.valid('query');
  const after = cursor ? ((await decodeCursor(env.JWT_SECRET, SORT, cursor)) as [string, number]) : null;
  const rows = await q.listOrders(db.db, c.var.auth.userId, limit, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? await encodeCursor(env.JWT_SECRET, SORT, [last.created_at_key, last.id]) : null;
  return c.json({ data: page.map(toOrderSummary), next_cursor: next }, 200);
};

export const getOrder: RouteHandler<typeof routes.getOrder, AppEnv> = async (c) => {
  const { auth } = c.var;
  const row = await q.findOrder(c.var.services.db.db, c.req.valid('param').id);
  if (!row || (row.user_id !== auth.userId && auth.role === 'customer')) throw notFound();
  // The client secret is the owner's alone, not staff's.
  return c.json(toOrder(row.snapshot, await topicOf(c, row.user_id), row.intent, row.user_id === auth.userId), 200);
};

export const getTracking: RouteHandler<typeof routes.getTracking, AppEnv> = async (c) => {
  const { auth } = c.var;
  const row = await q.findTracking(c.var.services.db.db, c.req.valid('param').id);
  if (!row || (row.user_id !== auth.userId && auth.role === 'customer')) throw notFound();
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return c.json(
    {
      order_id: row.id,
      order_number: row.order_number,
      status: row.status,
      fulfillment_status: row.fulfillment_status,
      carrier: row.carrier,
      tracking_number: row.tracking_number,
      tracking_url: trackingUrl(row.carrier, row.tracking_number),
      shipped_at: iso(row.shipped_at),
      estimated_delivery: iso(row.estimated_delivery),
      actual_delivery: iso(row.actual_delivery),
      events: row.events.map((e) => ({ kind: e.kind, from_status: e.from_status, to_status: e.to_status, note: e.note, at: iso(e.created_at)! })),
    },
    200,
  );
};

export const setStatus: RouteHandler<typeof admin.setStatus, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  if (body.status === 'refunded' && c.var.auth.role !== 'admin') throw new ApiError('forbidden', 403, 'Refunds are for admins', { roles: ['admin'] });
  const id = c.req.valid('param').id;
  const payments = paymentDeps(c);
  if (payments && body.status === 'shipped') {
    // A card order ships paid: an authorization is captured first; an unpaid one does not ship.
    const row = await q.findOrder(c.var.services.db.db, id);
    const order = row?.snapshot;
    if (order?.payment_provider === 'stripe' && order.status === 'processing') {
      if (order.payment_status === 'authorized' && order.payment_intent_id) afterPayment(c, await captureForShipping(payments, order, c.var.auth.userId));
      else if (order.payment_status !== 'paid') throw new ApiError('payment_required', 409, `A card order ships once paid; its payment is ${order.payment_status}`, { payment_status: order.payment_status });
    }
  }
  const change = await raising(
    q.setOrderStatus(c.var.services.db.db, { ...body, order_id: id, actor_user_id: c.var.auth.userId, transitions: ORDER_TRANSITIONS }),
  );
  stockChanged(c, change.stock);
  broadcastOrderEvents(c, change.events);
  let order = change.order;
  if (payments && body.status === 'cancelled' && order.payment_provider === 'stripe') {
    try {
      const settled = await settleCancelled(payments, order, c.var.auth.userId);
      afterPayment(c, settled);
      order = settled?.order ?? order;
    } catch (err) {
      // The order is cancelled; money that lands on it is refunded by its webhook or the cron sweep.
      if (!(err instanceof ApiError) || err.code !== 'upstream_unavailable') throw err;
      c.var.services.log.warn('stripe unreachable while cancelling; the sweep settles the payment', { order_id: order.id });
    }
  }
  return c.json(toOrder(order, await topicOf(c, order.user_id)), 200);
};

export const recordPayment: RouteHandler<typeof admin.recordPayment, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const change = await raising(
    recordManualPayment(c.var.services.db, c.req.valid('param').id, {
      status: body.payment_status,
      paymentId: body.payment_id,
      note: body.note,
      actorUserId: c.var.auth.userId,
    }),
  );
  afterPayment(c, { ...change, duplicate: false });
  return c.json(toOrder(change.order, await topicOf(c, change.order.user_id)), 200);
};

