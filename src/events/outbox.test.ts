import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createProduct } from '../../test/worker/catalog';
import { testDb } from '../../test/worker/db';
import { eventsOf, inboxOf, tokenMailedTo } from '../../test/worker/events';
import { api, bearer, freshIp, json, registerUser, unique } from '../../test/worker/helpers';
import { addItem, checkout, checkoutBody, makeAdmin, makeProduct, makeUser, setStatus } from '../../test/worker/shop';

// What the outbox holds after each kind of change: the events rows written in the change's own
// transaction (by the database's triggers, or the statement itself for account mails).

const types = async (subject: string, id: number | string) => (await eventsOf(subject, id)).map((e) => e.type);

async function pay(adminToken: string, orderId: number, payment_status: string) {
  const res = await api(`/api/orders/${orderId}/payment`, json({ payment_status, payment_id: `pi_${unique()}` }, { method: 'PUT', headers: bearer(adminToken) }));
  expect(res.status).toBe(200);
}

async function placed(stock = 10, quantity = 1) {
  const me = await makeUser();
  const p = await makeProduct({ stock });
  await addItem(me, { product_id: p.id, quantity });
  const { res, body } = await checkout(me);
  expect(res.status).toBe(201);
  return { me, product: p, order: body as { id: number; order_number: string } };
}

describe('outbox: orders', () => {
  it('a checkout writes order.created with the whole order, in its own transaction', async () => {
    const { order, me } = await placed();
    const [created, ...rest] = await eventsOf('order', order.id);
    expect(rest).toEqual([]);
    expect(created).toMatchObject({ type: 'order.created', subject_type: 'order', subject_id: String(order.id) });
    expect(created!.id).toMatch(/^evt_[0-9a-f]{32}$/);
    const data = created!.data as any;
    expect(data.order).toMatchObject({ id: order.id, order_number: order.order_number, user_id: me.id, status: 'pending', items: [expect.objectContaining({ quantity: 1 })] });
    expect(data.change).toMatchObject({ kind: 'status', from_status: null, to_status: 'pending' });
    // Same transaction: the event's transaction id is the one that wrote the order row (its xmin).
    const { rows } = await sql<{ same: boolean }>`
      select e.txid % 4294967296 = o.xmin::text::bigint as same from events e, orders o where e.id = ${created!.id} and o.id = ${order.id}`.execute(testDb());
    expect(rows).toEqual([{ same: true }]);
  });

  it('a checkout that fails writes no event at all', async () => {
    const me = await makeUser();
    const p = await makeProduct({ stock: 6 });
    await addItem(me, { product_id: p.id, quantity: 3 });
    const { seq } = (await sql<{ seq: string }>`select coalesce(max(seq), 0)::text as seq from events`.execute(testDb())).rows[0]!;
    const since = () =>
      testDb()
        .selectFrom('events')
        .select('type')
        .where('seq', '>', seq as never)
        .where((eb) => eb.or([eb('subject_type', '=', 'product').and('subject_id', '=', String(p.id)), eb(sql`data->'order'->'items'`, '@>', sql`${JSON.stringify([{ product_id: p.id }])}::jsonb`)]))
        .execute();
    // Refused after the lines were checked and the stock counted: an unknown discount code rolls back.
    const refused = await checkout(me, checkoutBody({ discount_code: 'NO-SUCH-CODE' }));
    expect(refused.res.status).toBe(422);
    expect(await since()).toEqual([]);
    // The same cart, fixed, goes through: stock 6 → 3 is below the threshold of 5, once.
    expect((await checkout(me)).res.status).toBe(201);
    expect((await since()).map((e) => e.type).sort()).toEqual(['inventory.low', 'order.created']);
  });

  it('status changes: status_changed for each, plus shipped, delivered and cancelled', async () => {
    const admin = await makeAdmin();
    const { order } = await placed();
    for (const status of ['confirmed', 'processing']) expect((await setStatus(admin.token, order.id, { status })).res.status).toBe(200);
    expect((await setStatus(admin.token, order.id, { status: 'shipped', carrier: 'UPS', tracking_number: '1Z999AA10123456784' })).res.status).toBe(200);
    expect((await setStatus(admin.token, order.id, { status: 'delivered' })).res.status).toBe(200);
    expect(await types('order', order.id)).toEqual([
      'order.created',
      'order.status_changed',
      'order.status_changed',
      'order.status_changed',
      'order.shipped',
      'order.status_changed',
      'order.delivered',
    ]);
    const shipped = (await eventsOf('order', order.id)).find((e) => e.type === 'order.shipped')!.data as any;
    expect(shipped.order).toMatchObject({ status: 'shipped', carrier: 'UPS', tracking_number: '1Z999AA10123456784' });
    expect(shipped.change).toMatchObject({ kind: 'status', from_status: 'processing', to_status: 'shipped', details: { carrier: 'UPS' } });

    const other = (await placed()).order;
    expect((await setStatus(admin.token, other.id, { status: 'cancelled', note: 'Customer asked' })).res.status).toBe(200);
    expect(await types('order', other.id)).toEqual(['order.created', 'order.status_changed', 'order.cancelled']);
  });

  it('payments: order.paid, and one order.refunded when a refund also moves the order', async () => {
    const admin = await makeAdmin();
    const { order } = await placed();
    await pay(admin.token, order.id, 'paid');
    for (const status of ['confirmed', 'processing']) await setStatus(admin.token, order.id, { status });
    await setStatus(admin.token, order.id, { status: 'shipped', carrier: 'DHL', tracking_number: 'JD0001' });
    await setStatus(admin.token, order.id, { status: 'delivered' });
    await pay(admin.token, order.id, 'refunded');
    const all = await eventsOf('order', order.id);
    expect(all.map((e) => e.type).filter((t) => t === 'order.paid' || t === 'order.refunded')).toEqual(['order.paid', 'order.refunded']);
    const refund = all.find((e) => e.type === 'order.refunded')!.data as any;
    // The payment row came first, so the event carries the payment change; the status change follows.
    expect(refund.change).toMatchObject({ kind: 'payment', from_status: 'paid', to_status: 'refunded' });
    expect(all.at(-1)).toMatchObject({ type: 'order.status_changed', data: { change: { from_status: 'delivered', to_status: 'refunded' } } });

    // A refund by status change (cancelled and paid → refunded): one order.refunded too.
    const second = (await placed()).order;
    await pay(admin.token, second.id, 'paid');
    await setStatus(admin.token, second.id, { status: 'cancelled' });
    await setStatus(admin.token, second.id, { status: 'refunded' });
    expect((await types('order', second.id)).filter((t) => t === 'order.refunded')).toHaveLength(1);
  });

  it("a payment provider's ledger rows become events too: capture → order.paid, failure → payment.failed", async () => {
    const { order } = await placed();
    const db = testDb();
    const row = (from: string, to: string, transaction_kind: string) => ({
      order_id: order.id,
      kind: 'payment' as const,
      from_status: from,
      to_status: to,
      data: JSON.stringify({ transaction_kind, amount: 1000, currency: 'usd', provider: 'stripe', provider_reference: `ch_${unique()}` }),
    });
    await db.insertInto('order_events').values(row('pending', 'pending', 'failure')).execute();
    await db.insertInto('order_events').values(row('pending', 'authorized', 'authorize')).execute();
    await db.insertInto('order_events').values(row('authorized', 'paid', 'capture')).execute();
    await db.insertInto('order_events').values(row('paid', 'paid', 'refund')).execute();
    expect(await types('order', order.id)).toEqual(['order.created', 'payment.failed', 'order.paid', 'order.refunded']);
    const failed = (await eventsOf('order', order.id))[1]!.data as any;
    expect(failed.change.details).toMatchObject({ transaction_kind: 'failure', amount: 1000, provider: 'stripe' });
  });
});

describe('outbox: accounts, customers, catalogue', () => {
  it('registration writes customer.created and account.verify; the token is only sealed in the row', async () => {
    const s = await registerUser();
    const rows = await eventsOf('customer', s.user.id);
    // The mail's event is part of the statement; the trigger's fires at its end.
    expect(rows.map((e) => e.type)).toEqual(['account.verify', 'customer.created']);
    expect(rows[1]!.data).toEqual({ customer: expect.objectContaining({ id: s.user.id, email: s.email }) });
    expect(rows[0]!.data).toMatchObject({ user_id: s.user.id, email: s.email, token_sealed: expect.stringMatching(/^v1\./) });
    const token = await tokenMailedTo(s.email, /^Confirm your email/);
    expect(JSON.stringify(rows[0]!.data)).not.toContain(token);
  });

  it('a forgotten password writes account.password_reset; its mail carries a working link', async () => {
    const s = await registerUser();
    const ip = freshIp();
    await api('/api/users/password/forgot', json({ email: s.email }, { headers: { 'CF-Connecting-IP': ip } }));
    expect(await types('customer', s.user.id)).toEqual(['account.verify', 'customer.created', 'account.password_reset']);
    const token = await tokenMailedTo(s.email, /^Reset your/);
    const reset = await api('/api/users/password/reset', json({ token, new_password: 'a-new-long-password-9' }, { headers: { 'CF-Connecting-IP': ip } }));
    expect(reset.status).toBe(204);
    // Transactional mail goes out whatever the marketing preference says (here: none wanted).
    expect((await inboxOf(s.email)).every((m) => m.tags.some((t) => t.name === 'category' && t.value === 'transactional'))).toBe(true);
  });

  it('catalogue writes: product.created, .updated (not for stock), .deleted; variant edits update the product', async () => {
    const admin = await makeAdmin();
    const product = await createProduct(admin.token, { stock_quantity: 20 });
    const put = (body: unknown) => api(`/api/products/${product.id}`, json(body, { method: 'PUT', headers: bearer(admin.token) }));
    expect((await put({ price: 149.99 })).status).toBe(200);
    expect((await put({ stock_quantity: 19 })).status).toBe(200);
    expect((await put({ stock_quantity: 3 })).status).toBe(200);
    expect((await api(`/api/products/${product.id}`, { method: 'DELETE', headers: bearer(admin.token) })).status).toBe(204);
    expect(await types('product', product.id)).toEqual(['product.created', 'product.updated', 'inventory.low', 'product.deleted']);
    const updated = (await eventsOf('product', product.id))[1]!.data as any;
    expect(updated.product).toMatchObject({ id: product.id, price_cents: 14999 });

    const withVariants = await createProduct(admin.token, { stock_quantity: 0 });
    const variant = await api(`/api/products/${withVariants.id}/variants`, json({ sku: `${withVariants.sku}-S`, name: 'Small', options: { size: 'S' }, stock_quantity: 8 }, { headers: bearer(admin.token) }));
    expect(variant.status).toBe(201);
    const v = (await variant.json()) as { id: number };
    await api(`/api/products/${withVariants.id}/variants/${v.id}`, json({ stock_quantity: 2 }, { method: 'PUT', headers: bearer(admin.token) }));
    expect(await types('product', withVariants.id)).toEqual(['product.created', 'product.updated']);
    expect(await types('variant', v.id)).toEqual(['inventory.low']);
  });
});
