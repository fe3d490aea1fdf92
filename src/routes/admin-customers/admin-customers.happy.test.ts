import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { eventsOf } from '../../../test/worker/events';
import { api, bearer, json, registerUser, unique } from '../../../test/worker/helpers';
import { addItem, checkout, makeAdmin, makeProduct, makeStaff, makeUsers, setStatus } from '../../../test/worker/shop';

const patch = (token: string, id: number, body: unknown) => api(`/api/admin/customers/${id}`, json(body, { method: 'PATCH', headers: bearer(token) }));

describe('admin customers', () => {
  it('searches the start of email and names, newest first, by keyset', async () => {
    const admin = await makeAdmin();
    const tag = unique('kit').toLowerCase();
    const users = await makeUsers(3, 'customer', { first_name: 'Kit', last_name: tag });
    const page = async (q: string) => {
      const res = await api(`/api/admin/customers?${q}`, { headers: bearer(admin.token) });
      expect(res.status).toBe(200);
      return (await res.json()) as { data: { id: number; email: string }[]; next_cursor: string | null };
    };
    const first = await page(`q=${tag.toUpperCase()}&limit=2`);
    expect(first.data.map((u) => u.id)).toEqual([users[2]!.id, users[1]!.id]);
    const second = await page(`q=${tag}&limit=2&cursor=${encodeURIComponent(first.next_cursor!)}`);
    expect(second).toEqual({ data: [expect.objectContaining({ id: users[0]!.id })], next_cursor: null });
    expect((await page(`q=${encodeURIComponent(users[0]!.email)}`)).data.map((u) => u.id)).toEqual([users[0]!.id]);
    expect((await page(`q=${tag}&is_active=false`)).data).toEqual([]);
  });

  it('shows order count, what was paid per currency and the last order', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 10, price_cents: 1000 })]);
    const [buyer] = await makeUsers(1);
    await addItem(buyer!, { product_id: product.id, quantity: 1 });
    const a = (await checkout(buyer!)).body;
    await addItem(buyer!, { product_id: product.id, quantity: 2 });
    const b = (await checkout(buyer!)).body;
    await api(`/api/orders/${a.id}/payment`, json({ payment_status: 'paid', payment_id: 'pi_1' }, { method: 'PUT', headers: bearer(admin.token) }));
    const res = await api(`/api/admin/customers/${buyer!.id}`, { headers: bearer(admin.token) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: buyer!.id,
      role: 'customer',
      order_count: 2,
      lifetime_spend: [{ currency: a.currency, amount: a.total_amount }],
      last_order: { id: b.id, order_number: b.order_number, status: 'pending' },
    });
  });

  it('disabling signs the account out everywhere at once; enabling lets it sign in again', async () => {
    const admin = await makeAdmin();
    const s = await registerUser();
    expect((await api('/api/users/profile', { headers: bearer(s.access_token) })).status).toBe(200);
    const off = await patch(admin.token, s.user.id, { is_active: false });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ is_active: false });
    expect((await api('/api/users/profile', { headers: bearer(s.access_token) })).status).toBe(401);
    expect((await api('/api/users/refresh', json({ refresh_token: s.refresh_token }))).status).toBe(401);
    expect((await patch(admin.token, s.user.id, { is_active: true })).status).toBe(200);
    expect((await api('/api/users/login', json({ email: s.email, password: s.password }))).status).toBe(200);
  });

  it('a role change takes effect on the next request; the new token carries the new role', async () => {
    const admin = await makeAdmin();
    const s = await registerUser();
    expect((await api('/api/admin/orders', { headers: bearer(s.access_token) })).status).toBe(403);
    expect((await patch(admin.token, s.user.id, { role: 'staff' })).status).toBe(200);
    // The customer token is refused at once, whatever the endpoint.
    expect((await api('/api/users/profile', { headers: bearer(s.access_token) })).status).toBe(401);
    const login = (await (await api('/api/users/login', json({ email: s.email, password: s.password }))).json()) as any;
    expect(login.user).toMatchObject({ role: 'staff', is_admin: false });
    expect((await api('/api/admin/orders?limit=1', { headers: bearer(login.access_token) })).status).toBe(200);
    expect((await api('/api/admin/audit', { headers: bearer(login.access_token) })).status).toBe(403);
    expect((await patch(admin.token, s.user.id, { role: 'customer' })).status).toBe(200);
    expect((await api('/api/admin/orders?limit=1', { headers: bearer(login.access_token) })).status).toBe(401);
  });

  it('mails a password reset link: an outbox event in the same transaction', async () => {
    const admin = await makeAdmin();
    const s = await registerUser();
    const res = await api(`/api/admin/customers/${s.user.id}/password-reset`, { method: 'POST', headers: bearer(admin.token) });
    expect(res.status).toBe(202);
    const events = await eventsOf('customer', s.user.id);
    expect(events.map((e) => e.type)).toContain('account.password_reset');
    const resets = await testDb().selectFrom('password_resets').select('used_at').where('user_id', '=', s.user.id).execute();
    expect(resets).toEqual([{ used_at: null }]);
  });

  it('records who changed an account, and the fields before and after, in the audit log', async () => {
    const admin = await makeAdmin();
    const [target] = await makeUsers(1);
    expect((await patch(admin.token, target!.id, { role: 'staff' })).status).toBe(200);
    const res = await api(`/api/admin/audit?entity_type=users&entity_id=${target!.id}`, { headers: bearer(admin.token) });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: any[] };
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ actor_user_id: admin.id, actor_role: 'admin', action: 'update', before: { role: 'customer' }, after: { role: 'staff' } });
    expect(data[0].request_id).toBeTruthy();
    expect(JSON.stringify(data)).not.toMatch(/password_hash/);
  });

  it('lets staff read customers but not change them', async () => {
    const staff = await makeStaff();
    const [target] = await makeUsers(1);
    expect((await api(`/api/admin/customers/${target!.id}`, { headers: bearer(staff.token) })).status).toBe(200);
    expect((await patch(staff.token, target!.id, { is_active: false })).status).toBe(403);
    expect((await api(`/api/admin/customers/${target!.id}/password-reset`, { method: 'POST', headers: bearer(staff.token) })).status).toBe(403);
    void setStatus;
  });
});
