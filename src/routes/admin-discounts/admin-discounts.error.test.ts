import { describe, expect, it } from 'vitest';
import { api, bearer, json, unique } from '../../../test/worker/helpers';
import { makeAdmin } from '../../../test/worker/shop';

const code = () => unique('e').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 24);

describe('admin discounts: refusals', () => {
  it('refuses bodies that do not make a discount, naming the field', async () => {
    const admin = await makeAdmin();
    const post = async (body: unknown) => {
      const res = await api('/api/admin/discounts', json(body, { headers: bearer(admin.token) }));
      return { status: res.status, paths: (((await res.json()) as any).error?.details ?? []).map((d: any) => d.path) };
    };
    expect(await post({ code: code(), kind: 'percent' })).toEqual({ status: 422, paths: ['percent_off'] });
    expect(await post({ code: code(), kind: 'percent', percent_off: 10, amount_off: 5 })).toEqual({ status: 422, paths: ['amount_off'] });
    expect(await post({ code: code(), kind: 'percent', percent_off: 101 })).toMatchObject({ status: 422 });
    expect(await post({ code: code(), kind: 'fixed', amount_off: -1 })).toMatchObject({ status: 422 });
    expect(await post({ code: 'a b', kind: 'fixed', amount_off: 1 })).toEqual({ status: 422, paths: ['code'] });
    expect(await post({ code: code(), kind: 'fixed', amount_off: 1, starts_at: '2030-01-02T00:00:00Z', ends_at: '2030-01-01T00:00:00Z' })).toEqual({ status: 422, paths: ['ends_at'] });
    expect(await post({ code: code(), kind: 'fixed', amount_off: 1, usage_limit: 2_147_483_648 })).toMatchObject({ status: 422 });
  });

  it('refuses empty updates, a kind’s wrong amount, a window that ends before it starts, and unknown ids', async () => {
    const admin = await makeAdmin();
    const made = (await (await api('/api/admin/discounts', json({ code: code(), kind: 'percent', percent_off: 5, starts_at: '2030-01-01T00:00:00Z' }, { headers: bearer(admin.token) }))).json()) as any;
    const patch = async (id: number | string, body: unknown) => {
      const res = await api(`/api/admin/discounts/${id}`, json(body, { method: 'PATCH', headers: bearer(admin.token) }));
      return { status: res.status, body: (await res.json()) as any };
    };
    expect((await patch(made.id, {})).status).toBe(422);
    expect((await patch(made.id, { code: 'OTHER' })).status).toBe(422);
    const wrongKind = await patch(made.id, { amount_off: 3 });
    expect([wrongKind.status, wrongKind.body.error.details[0].path]).toEqual([422, 'amount_off']);
    const window = await patch(made.id, { ends_at: '2029-01-01T00:00:00Z' });
    expect([window.status, window.body.error.details[0].path]).toEqual([422, 'ends_at']);
    expect((await patch(2147483647, { is_active: false })).status).toBe(404);
    expect((await api('/api/admin/discounts/2147483647', { method: 'DELETE', headers: bearer(admin.token) })).status).toBe(404);
  });
});
