import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from './catalog';
import { adminSession } from './db';
import { api, bearer, json, registerUser, type Session } from './helpers';
import { addItem, checkoutBody } from './shop';

// The classes of input that reached PostgreSQL and came back as 500s, each refused at validation instead.

const refusal = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });
const paths = (body: any) => (body.error.details ?? []).map((d: { path: string }) => d.path);

let admin: Session;
let customer: Session;
beforeAll(async () => {
  [admin, customer] = await Promise.all([adminSession(), registerUser()]);
});

describe('text no column can hold', () => {
  it('refuses a NUL byte or an unpaired surrogate in a query, a body field, a JSON field or a path, naming the field', async () => {
    const q = await refusal(await api('/api/products?q=%00'));
    expect([q.status, q.body.error.code, paths(q.body)]).toEqual([422, 'validation_failed', ['q']]);

    const address = { first_name: 'Ada', line1: '1 Market\u0000St', city: 'SF', postal_code: '94105', country: 'US' };
    const body = await refusal(await api('/api/users/addresses', json(address, { headers: bearer(customer.access_token) })));
    expect([body.status, paths(body.body)]).toEqual([422, ['line1']]);

    const product = await createProduct(admin.access_token);
    await addItem({ token: customer.access_token }, { product_id: product.id, quantity: 1 });
    const note = await refusal(await api('/api/orders', json(checkoutBody({ notes: 'leave at door \ud800' }), { headers: { ...bearer(customer.access_token), 'Idempotency-Key': crypto.randomUUID() } })));
    expect([note.status, paths(note.body)]).toEqual([422, ['notes']]);

    const options = await refusal(await api(`/api/products/${product.id}/variants`, json({ sku: `V-${crypto.randomUUID().slice(0, 8)}`, name: 'Red', options: { 'col\u0000or': 'red' }, stock_quantity: 1 }, { headers: bearer(admin.access_token) })));
    expect(options.status).toBe(422);

    for (const segment of ['%00', 'a%00b', '%ED%A0%80']) {
      const res = await api(`/api/products/${segment}`);
      expect(res.status, segment).toBeLessThan(500);
      expect([404, 422], segment).toContain(res.status);
    }
  });
});

describe('integers bounded to PostgreSQL integer', () => {
  it('refuses ids and quantities past 2,147,483,647 in bodies and paths', async () => {
    const cart = await refusal(await api('/api/cart/items', json({ product_id: 2_147_483_648, quantity: 1 })));
    expect([cart.status, paths(cart.body)]).toEqual([422, ['product_id']]);
    const line = await refusal(await api('/api/cart/items/2147483648', { method: 'DELETE' }));
    expect([line.status, paths(line.body)]).toEqual([422, ['id']]);
    const order = await api('/api/orders/2147483648', { headers: bearer(customer.access_token) });
    expect(order.status).toBe(422);
  });
});

describe('canonical path ids', () => {
  it('never lets 0x10, 1e1, +16, 16.0, " 16" or "16\\n" name row 16', async () => {
    const product = await createProduct(admin.access_token);
    const id = product.id as number;
    const forms = [`0x${id.toString(16)}`, `+${id}`, `${id}.0`, `%20${id}`, `${id}%0a`, `0${id}`, `${id}e0`];
    for (const form of forms) {
      const res = await api(`/api/products/${form}`, { method: 'DELETE', headers: bearer(admin.access_token) });
      expect([404, 422], form).toContain(res.status);
    }
    expect((await api(`/api/products/${id}`)).status).toBe(200);
  });
});

describe('updates with nothing to change', () => {
  it('answers 422 for {} and leaves the row as it was', async () => {
    const created = (await (await api('/api/users/addresses', json({ first_name: 'Ada', line1: '1 Market St', city: 'SF', postal_code: '94105', country: 'US' }, { headers: bearer(customer.access_token) }))).json()) as any;
    const empty = await refusal(await api(`/api/users/addresses/${created.id}`, json({}, { method: 'PUT', headers: bearer(customer.access_token) })));
    expect([empty.status, empty.body.error.code]).toEqual([422, 'validation_failed']);
    const after = (await (await api(`/api/users/addresses/${created.id}`, { headers: bearer(customer.access_token) })).json()) as any;
    expect(after).toEqual(created);
    const product = await createProduct(admin.access_token);
    expect((await api(`/api/products/${product.id}`, json({}, { method: 'PUT', headers: bearer(admin.access_token) }))).status).toBe(422);
  });
});

describe('the OpenAPI document', () => {
  it('gives DirectUploadResult.signature a pattern that matches a real signature', async () => {
    const doc = (await (await api('/openapi.json')).json()) as any;
    const pattern = doc.components.schemas.DirectUploadResult.properties.signature.pattern as string;
    expect(new RegExp(pattern).test('5c0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7')).toBe(true);
    expect(new RegExp(pattern).test('5C0F1E2D3C4B5A69788796A5B4C3D2E1F0A9B8C7')).toBe(true);
    expect(new RegExp(pattern).test('not-a-signature')).toBe(false);
  });
});
