import { describe, expect, it } from 'vitest';
import { api, bearer, json, registerUser, unique } from '../../../test/worker/helpers';

describe('categories: who may change the tree', () => {
  it('lets anyone read, and only admins write (401 without a token, 403 for a customer)', async () => {
    expect((await api('/api/categories')).status).toBe(200);
    const customer = await registerUser();
    const body = { name: `Sneaky ${unique()}` };
    const cases: [Record<string, string>, number][] = [[{}, 401], [bearer(customer.access_token), 403], [bearer('not-a-token'), 401]];
    for (const [headers, expected] of cases) {
      expect((await api('/api/categories', json(body, { headers }))).status).toBe(expected);
      expect((await api('/api/categories/1', json(body, { method: 'PUT', headers }))).status).toBe(expected);
      expect((await api('/api/categories/1', { method: 'DELETE', headers })).status).toBe(expected);
    }
    const tree = ((await (await api('/api/categories')).json()) as any).data;
    expect(tree.some((c: any) => c.name === body.name)).toBe(false);
  });

  it('treats a category filter as data, never as SQL or a LIKE pattern', async () => {
    for (const category of [`x' or 1=1 --`, '%', '_', '/']) {
      const res = await api(`/api/products?category=${encodeURIComponent(category)}`);
      expect(res.status, category).toBe(200);
      expect(((await res.json()) as any).data, category).toEqual([]);
    }
  });
});
