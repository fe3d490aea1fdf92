import { describe, expect, it } from 'vitest';
import { api, bearer, json } from '../../../test/worker/helpers';
import { makeAdmin, makeUsers } from '../../../test/worker/shop';

describe('admin customers: refusals', () => {
  it('refuses empty and unknown changes, unknown accounts, and the admin’s own demotion', async () => {
    const admin = await makeAdmin();
    const patch = (id: number | string, body: unknown) => api(`/api/admin/customers/${id}`, json(body, { method: 'PATCH', headers: bearer(admin.token) }));
    expect((await patch(admin.id, {})).status).toBe(422);
    expect((await patch(admin.id, { is_admin: true })).status).toBe(422);
    expect((await patch(admin.id, { role: 'owner' })).status).toBe(422);
    expect((await patch(2147483647, { is_active: false })).status).toBe(404);
    expect((await patch('2147483648', { is_active: false })).status).toBe(422);
    const self = await patch(admin.id, { role: 'staff' });
    expect(self.status).toBe(409);
    expect(((await self.json()) as any).error.code).toBe('conflict');
    expect((await patch(admin.id, { is_active: false })).status).toBe(409);
    expect((await api('/api/admin/customers/2147483647', { headers: bearer(admin.token) })).status).toBe(404);
    expect((await api('/api/admin/customers?cursor=nope', { headers: bearer(admin.token) })).status).toBe(400);
  });

  it('will not mail a reset to a disabled account', async () => {
    const admin = await makeAdmin();
    const [u] = await makeUsers(1);
    await api(`/api/admin/customers/${u!.id}`, json({ is_active: false }, { method: 'PATCH', headers: bearer(admin.token) }));
    expect((await api(`/api/admin/customers/${u!.id}/password-reset`, { method: 'POST', headers: bearer(admin.token) })).status).toBe(409);
  });
});
