import { describe, expect, it } from 'vitest';
import { api, bearer } from '../../../test/worker/helpers';
import { makeAdmin } from '../../../test/worker/shop';

const get = async (token: string, path: string) => {
  const res = await api(path, { headers: bearer(token) });
  return { status: res.status, body: (await res.json()) as any };
};

describe('admin orders: refusals', () => {
  it('refuses bad filters with the error body naming the field', async () => {
    const admin = await makeAdmin();
    const noCurrency = await get(admin.token, '/api/admin/orders?total_min=10');
    expect(noCurrency.status).toBe(422);
    expect(noCurrency.body.error.details).toEqual([expect.objectContaining({ path: 'currency' })]);
    const places = await get(admin.token, '/api/admin/orders?currency=JPY&total_min=10.5');
    expect(places.status).toBe(422);
    expect(places.body.error.details).toEqual([expect.objectContaining({ path: 'total_min' })]);
    expect((await get(admin.token, '/api/admin/orders?created_from=2026-01-02T00:00:00Z&created_to=2026-01-01T00:00:00Z')).status).toBe(422);
    expect((await get(admin.token, '/api/admin/orders?status=lost')).status).toBe(422);
    expect((await get(admin.token, '/api/admin/orders?customer_id=2147483648')).status).toBe(422);
    expect((await get(admin.token, '/api/admin/orders/export?total_max=1')).status).toBe(422);
  });

  it('refuses forged cursors and cursors of another sort', async () => {
    const admin = await makeAdmin();
    expect((await get(admin.token, '/api/admin/orders?cursor=abc.def')).body.error.code).toBe('invalid_cursor');
    const page = await get(admin.token, '/api/admin/orders?limit=1');
    if (page.body.next_cursor) {
      const other = await get(admin.token, `/api/admin/orders?sort=total&cursor=${encodeURIComponent(page.body.next_cursor)}`);
      expect(other.status).toBe(400);
    }
  });

  it('answers 404 for an unknown order', async () => {
    const admin = await makeAdmin();
    expect((await get(admin.token, '/api/admin/orders/2147483647')).body.error.code).toBe('not_found');
  });
});
