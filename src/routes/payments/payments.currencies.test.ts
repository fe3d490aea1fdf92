import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, json } from '../../../test/worker/helpers';
import { adminCall, ledgerOf } from '../../../test/worker/payments';
import { checkoutBody, makeAdmin, makeProduct, makeUser, type Shopper } from '../../../test/worker/shop';
import { confirmInBrowser, eventsOf, stripeApp, stripeCall } from '../../../test/worker/stripe';

// Stripe counts a few currencies in other units than ISO 4217: MGA is zero-decimal at Stripe while its
// ISO minor unit is a hundredth. Intents, captures and refunds go out in Stripe's units; the ledger and
// the API stay in ISO minor units.

const app = stripeApp();
const handle = `mg${crypto.randomUUID().slice(0, 6)}`;
let admin: Shopper;

beforeAll(async () => {
  admin = await makeAdmin();
  // Whole ariary: converted prices round up to 100 minor units.
  expect((await adminCall(app, admin.token, '/api/admin/currencies/mga', { rounding_increment: 100, rounding_ending: 0 }, 'PUT')).status).toBe(200);
  expect((await adminCall(app, admin.token, '/api/admin/exchange-rates/usd/mga', { rate: 4500 }, 'PUT')).status).toBe(200);
  expect((await adminCall(app, admin.token, '/api/admin/markets', { handle, name: 'Madagascar', currency: 'MGA' })).status).toBe(201);
});

const inMarket = (who: Shopper, extra: Record<string, string> = {}) => ({ ...bearer(who.token), 'X-Market': handle, ...extra });

describe('card payments in a currency Stripe counts differently (MGA)', () => {
  it('charges the total in whole ariary, books it in ISO minor units, and refunds in both', async () => {
    const me = await makeUser();
    const product = await makeProduct({ price_cents: 1999, stock: 10 });
    const added = await app.call('/api/cart/items', json({ product_id: product.id, quantity: 1 }, { headers: inMarket(me) }));
    expect(added.status).toBe(200);
    expect(added.body.currency).toBe('MGA');
    // No tax rate is configured for Madagascar: the total is the converted prices, whole ariary each.
    const address = { first_name: 'Ada', line1: '1 Rue de l’Indépendance', city: 'Antananarivo', postal_code: '101', country: 'MG' };
    const placed = await app.call('/api/orders', json(checkoutBody({ shipping_address: address }), { headers: inMarket(me, { 'Idempotency-Key': crypto.randomUUID() }) }));
    expect(placed.status).toBe(201);
    const order = placed.body;
    expect(order.currency).toBe('MGA');
    const minor = Math.round(order.total_amount * 100);
    expect(minor % 100).toBe(0);

    const intent = (await stripeCall('GET', `/v1/payment_intents/${order.payment.intent_id}`)).body;
    expect(intent).toMatchObject({ amount: minor / 100, currency: 'mga' });

    expect((await confirmInBrowser(order.payment, 'pm_card_visa')).body.status).toBe('succeeded');
    for (const e of await eventsOf(order.payment.intent_id)) expect((await app.deliver(e)).status).toBe(200);
    const paid = (await app.call(`/api/orders/${order.id}`, { headers: bearer(me.token) })).body;
    expect(paid).toMatchObject({ payment_status: 'paid', payment: { amount_captured: order.total_amount } });
    expect(await ledgerOf(order.id)).toEqual([{ kind: 'capture', amount_cents: String(minor), reference: order.payment.intent_id, provider: 'stripe' }]);

    // A refund of part of an ariary cannot be sent; one of 10 ariary goes out as 10.
    const refund = (amount: number) => adminCall(app, admin.token, `/api/orders/${order.id}/refunds`, { amount, reason: 'requested_by_customer' }, 'POST', { 'Idempotency-Key': crypto.randomUUID() });
    const partial = await refund(0.5);
    expect(partial.status).toBe(422);
    expect(partial.body.error.details).toEqual([expect.objectContaining({ path: 'amount', message: 'Card refunds in MGA are multiples of 100 minor units' })]);
    expect((await refund(10)).status).toBe(200);
    const refunds = (await stripeCall('GET', `/v1/refunds?payment_intent=${order.payment.intent_id}`)).body.data;
    expect(refunds.map((r: any) => r.amount)).toEqual([10]);
    expect((await ledgerOf(order.id)).map((t) => [t.kind, t.amount_cents])).toEqual([['capture', String(minor)], ['refund', '1000']]);
  });
});
