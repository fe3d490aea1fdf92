import { describe, expect, it } from 'vitest';
import { api, bearer, json, registerUser } from '../../../test/worker/helpers';

// Only an admin reads or changes markets, currencies, rates and prices; everyone reads the public market list.

const ADMIN_CALLS: [string, string, unknown?][] = [
  ['GET', '/api/admin/markets'],
  ['POST', '/api/admin/markets', { handle: 'sneaky', name: 'S', currency: 'USD' }],
  ['PATCH', '/api/admin/markets/1', { name: 'Mine' }],
  ['GET', '/api/admin/currencies'],
  ['PUT', '/api/admin/currencies/USD', { rounding_increment: 1 }],
  ['GET', '/api/admin/exchange-rates'],
  ['PUT', '/api/admin/exchange-rates/USD/EUR', { rate: 5 }],
  ['DELETE', '/api/admin/exchange-rates/USD/GBP'],
  ['GET', '/api/admin/price-lists'],
  ['POST', '/api/admin/price-lists', { name: 'x', kind: 'sale', currency: 'USD', starts_at: '2030-01-01T00:00:00Z' }],
  ['PUT', '/api/admin/price-lists/1/prices', { items: [{ product_id: 1, amount: 0 }] }],
  ['POST', '/api/admin/price-lists/1/prices/remove', { items: [{ product_id: 1 }] }],
  ['DELETE', '/api/admin/price-lists/1'],
];

describe('markets admin: access', () => {
  it('answers 401 without a token and 403 to a customer, changing nothing', async () => {
    const customer = await registerUser();
    for (const [method, path, body] of ADMIN_CALLS) {
      const init = { method };
      const anon = await api(path, body === undefined ? init : json(body, init));
      expect(anon.status, `${method} ${path}`).toBe(401);
      const mine = { method, headers: bearer(customer.access_token) };
      expect((await api(path, body === undefined ? mine : json(body, mine))).status, `${method} ${path}`).toBe(403);
    }
    const rates = await api('/api/markets');
    expect(rates.status).toBe(200);
    expect(((await rates.json()) as any).data.map((m: any) => m.handle)).toEqual(expect.arrayContaining(['us', 'eu', 'uk', 'jp']));
  });
});
