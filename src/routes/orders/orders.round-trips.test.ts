import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { TEST_CREDENTIALS } from '../../../test/setup/test-env';
import { bearer, json, testEnv } from '../../../test/worker/helpers';
import { countingClient } from '../../../test/worker/round-trips';
import { addItem, checkoutBody, makeAdmin, makeProduct, makeUser } from '../../../test/worker/shop';

// Counted at the 'checkout' set of stand-ins, which only this file uses, so the counts are exact.
const client = countingClient('checkout');

async function measured(path: string, init: RequestInit) {
  await client.reset();
  const res = await client.request(path, init);
  return { status: res.status, body: (await res.json()) as any, ...(await client.counts()) };
}

const order = (token: string, key: string, body: unknown = checkoutBody()) =>
  measured('/api/orders', json(body, { headers: { ...bearer(token), 'Idempotency-Key': key } }));

describe('round trips', () => {
  it('checkout is exactly 1 database round trip (and 1 broadcast, 1 cache bump after the response)', async () => {
    const me = await makeUser();
    const a = await makeProduct({ stock: 5 });
    const b = await makeProduct({ variants: [{ stock: 5 }] });
    await addItem(me, { product_id: a.id, quantity: 2 });
    await addItem(me, { product_id: b.id, variant_id: b.variants[0]!.id, quantity: 1 });

    const key = crypto.randomUUID();
    const first = await order(me.token, key);
    expect(first.status).toBe(201);
    expect({ db: first.db, supabase: first.supabase, redis: first.redis }).toEqual({ db: 1, supabase: 1, redis: 1 });

    // A replay is one round trip too, and broadcasts nothing (nothing changed).
    const replay = await order(me.token, key);
    expect({ status: replay.status, db: replay.db, supabase: replay.supabase }).toEqual({ status: 201, db: 1, supabase: 0 });
    expect(replay.body).toEqual(first.body);

    // So is a refused checkout.
    await addItem(me, { product_id: a.id, quantity: 3 });
    await testDb().updateTable('products').set({ stock_quantity: 0 }).where('id', '=', a.id).execute();
    const refused = await order(me.token, crypto.randomUUID());
    expect({ status: refused.status, db: refused.db, supabase: refused.supabase }).toEqual({ status: 409, db: 1, supabase: 0 });
  });

  it('a card checkout with Stripe is 2 database round trips and 1 Stripe call (the PaymentIntent), its replay too', async () => {
    const stripeUrl = testEnv.TEST_STRIPE_COUNTING_URL!;
    const stripe = {
      STRIPE_SECRET_KEY: TEST_CREDENTIALS.stripeSecretKey,
      STRIPE_PUBLISHABLE_KEY: TEST_CREDENTIALS.stripePublishableKey,
      STRIPE_WEBHOOK_SECRET: TEST_CREDENTIALS.stripeWebhookSecret,
      STRIPE_API_BASE: stripeUrl,
    };
    const stripeCalls = async () => ((await (await fetch(`${stripeUrl}/__standin/stats`)).json()) as { requests: number }).requests;
    const me = await makeUser();
    const p = await makeProduct({ stock: 5 });
    await addItem(me, { product_id: p.id, quantity: 1 });
    const key = crypto.randomUUID();
    const init = json(checkoutBody(), { headers: { ...bearer(me.token), 'Idempotency-Key': key } });
    for (const replay of [false, true]) {
      await client.reset();
      await fetch(`${stripeUrl}/__standin/stats/reset`, { method: 'POST' });
      const res = await client.request('/api/orders', init, stripe);
      const body = (await res.json()) as any;
      expect([res.status, Boolean(body.payment?.client_secret)]).toEqual([201, true]);
      expect({ replay, db: (await client.counts()).db, stripe: await stripeCalls() }).toEqual({ replay, db: 2, stripe: 1 });
    }
  });

  it('a signed-in order list is 1 round trip, the check of the token\'s session included', async () => {
    const me = await makeUser();
    const list = await measured('/api/orders', { headers: bearer(me.token) });
    expect({ status: list.status, db: list.db, redis: list.redis }).toEqual({ status: 200, db: 1, redis: 0 });
    // The same round trip refuses the token once its session has ended.
    await testDb().updateTable('refresh_tokens').set({ revoked_at: new Date(), revoked_reason: 'logout' }).where('user_id', '=', me.id).execute();
    const refused = await measured('/api/orders', { headers: bearer(me.token) });
    expect({ status: refused.status, db: refused.db, code: refused.body.error.code }).toEqual({ status: 401, db: 1, code: 'unauthenticated' });
  });

  it('a status change, cancellation restock included, is 1 round trip; a cart change is 1', async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct({ stock: 5 });
    const added = await measured('/api/cart/items', json({ product_id: p.id, quantity: 2 }, { headers: bearer(me.token) }));
    expect({ status: added.status, db: added.db }).toEqual({ status: 200, db: 1 });
    const placed = await order(me.token, crypto.randomUUID());
    const cancel = await measured(`/api/orders/${placed.body.id}/status`, json({ status: 'cancelled' }, { method: 'PUT', headers: bearer(admin.token) }));
    // The new stock levels and the order status are two broadcast requests (product topics, owner topic).
    expect({ status: cancel.status, db: cancel.db, supabase: cancel.supabase }).toEqual({ status: 200, db: 1, supabase: 2 });
  });
});
