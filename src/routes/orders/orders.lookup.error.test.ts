import { describe, expect, it } from 'vitest';
import { lookup, placeGuestOrder, viewOrder } from '../../../test/worker/guest-orders';
import { BASE, freshIp, testEnv } from '../../../test/worker/helpers';
import { createApp } from '../../lib/create-app';
import { registerRoutes } from '..';

describe('guest order lookup errors', () => {
  it('validates the body: order number format, email, no other fields', async () => {
    const cases = [
      [{ order_number: 'EC-1234', email: 'a@example.com' }, 'order_number'],
      [{ order_number: 'EC-0OOOOOOO', email: 'a@example.com' }, 'order_number'],
      [{ order_number: 'EC-7K3QX9MP', email: 'not-an-email' }, 'email'],
      [{ order_number: 'EC-7K3QX9MP' }, 'email'],
      [{ order_number: 'EC-7K3QX9MP', email: 'a@example.com', user_id: 1 }, ''],
      [{ order_number: 'EC-7K3QX9MP\u0000', email: 'a@example.com' }, 'order_number'],
    ] as const;
    for (const [body, path] of cases) {
      const r = await lookup(body);
      expect([r.res.status, r.body.error.code], JSON.stringify(body)).toEqual([422, 'validation_failed']);
      expect(r.body.error.details.map((d: { path: string }) => d.path), JSON.stringify(body)).toContain(path);
    }
  });

  it('answers 400 for malformed JSON', async () => {
    const app = registerRoutes(createApp());
    const res = await app.request(
      `${BASE}/api/orders/lookup`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'CF-Connecting-IP': freshIp() }, body: '{"order_number":' },
      testEnv,
    );
    expect([res.status, ((await res.json()) as any).error.code]).toEqual([400, 'invalid_json']);
  });

  it('needs X-Order-Token to view, and a well-formed one', async () => {
    const order = await placeGuestOrder();
    for (const token of [null, '', 'not a token', 'a.b']) {
      const r = await viewOrder(order.id, token);
      expect([r.res.status, r.body.error.code], String(token)).toEqual([422, 'validation_failed']);
    }
    const bad = await viewOrder(order.id, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl');
    expect([bad.res.status, bad.body.error.code]).toEqual([401, 'invalid_token']);
    expect(bad.res.headers.get('WWW-Authenticate')).toBeNull();
  });

  it('answers 422 for a bad order id', async () => {
    const r = await viewOrder(0, 'a.b.c');
    expect([r.res.status, r.body.error.code]).toEqual([422, 'validation_failed']);
  });
});
