import { testDb } from './db';
import { bearer, json } from './helpers';
import { addItem, checkoutBody, makeProduct, makeUser, type Shopper } from './shop';
import { stripeApp } from './stripe';

// Arranging card-payment tests: a shopper with a cart, checked out through an app with Stripe on.

export type StripeApp = ReturnType<typeof stripeApp>;

export async function cardOrder(app: StripeApp, opts: { stock?: number; quantity?: number; price_cents?: number } = {}) {
  const me = await makeUser();
  const product = await makeProduct({ stock: opts.stock ?? 10, price_cents: opts.price_cents ?? 2500 });
  await addItem(me, { product_id: product.id, quantity: opts.quantity ?? 2 });
  const key = crypto.randomUUID();
  const placed = await app.call('/api/orders', json(checkoutBody(), { headers: { ...bearer(me.token), 'Idempotency-Key': key } }));
  return { me, product, key, placed, order: placed.body };
}

export const getOrder = (app: StripeApp, who: Shopper, id: number) => app.call(`/api/orders/${id}`, { headers: bearer(who.token) });

export async function ledgerOf(orderId: number) {
  return testDb().selectFrom('payment_transactions').select(['kind', 'amount_cents', 'reference', 'provider']).where('order_id', '=', orderId).orderBy('id').execute();
}

export const adminCall = (app: StripeApp, token: string, path: string, body: unknown, method = 'POST', headers: Record<string, string> = {}) =>
  app.call(path, json(body, { method, headers: { ...bearer(token), ...headers } }));
