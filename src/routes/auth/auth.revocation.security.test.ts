import { describe, expect, it } from 'vitest';
import { deleteAccount, updateAccount } from '../../auth/account-state';
import { hashToken } from '../../auth/tokens';
import { createApp } from '../../lib/create-app';
import { registerRoutes } from '..';
import { accountServices, adminSession, testDb } from '../../../test/worker/db';
import { api, BASE, bearer, json, registerUser, type Session, testEnv } from '../../../test/worker/helpers';
import { addItem, checkoutBody, makeProduct } from '../../../test/worker/shop';

const withToken = (token: string, init: RequestInit = {}) => ({ ...init, headers: { ...bearer(token), ...init.headers } });
const login = async (s: Session) => (await (await api('/api/users/login', json({ email: s.email, password: s.password }))).json()) as Session;
const statusOf = async (path: string, token: string, init: RequestInit = {}) => (await api(path, withToken(token, init))).status;

// Three kinds of endpoint, each seeing a revocation its own way: one that reads the database (the check rides
// on its first round trip), a catalog read answered from the cache (the markers ride on its MGET), and one that
// touches neither (one Redis read before the answer leaves).
async function endpointStatuses(token: string) {
  return {
    db: await statusOf('/api/users/profile', token),
    cached: await statusOf('/api/products?limit=1', token),
    neither: await statusOf('/api/uploads/signature', token, { method: 'POST' }),
  };
}

/** Milliseconds from the revoking answer to the first refused request, for the record. */
async function refusedWithin(label: string, revoke: () => Promise<unknown>, probe: () => Promise<number>) {
  await revoke();
  const t0 = performance.now();
  const status = await probe();
  console.log(`revocation (${label}): next request ${status} after ${Math.round(performance.now() - t0)} ms`);
  return status;
}

describe('tokens die with their session', () => {
  it('logout ends the access token on the next request, on every kind of endpoint', async () => {
    const admin = await adminSession();
    await api('/api/products?limit=1'); // the list is cached
    expect(await endpointStatuses(admin.access_token)).toEqual({ db: 200, cached: 200, neither: 200 });
    const status = await refusedWithin('logout', () => api('/api/users/logout', json({ refresh_token: admin.refresh_token })), () => statusOf('/api/users/profile', admin.access_token));
    expect(status).toBe(401);
    expect(await endpointStatuses(admin.access_token)).toEqual({ db: 401, cached: 401, neither: 401 });
  });

  it('a password change ends the other sessions, not the one that made it', async () => {
    const s = await registerUser();
    const other = await login(s);
    const change = await api('/api/users/password', json({ current_password: s.password, new_password: 'another-long-password-2' }, withToken(s.access_token, { method: 'PUT' })));
    expect(change.status).toBe(204);
    expect(await endpointStatuses(other.access_token)).toMatchObject({ db: 401, cached: 401 });
    expect(await statusOf('/api/users/profile', s.access_token)).toBe(200);
  });

  it('a password reset ends every session, and voids every other reset token of the account', async () => {
    const s = await registerUser();
    const db = testDb();
    const forgot = () => api('/api/users/password/forgot', json({ email: s.email }));
    await forgot();
    await forgot();
    const tokens = await db.selectFrom('password_resets').select(['id', 'used_at']).where('user_id', '=', s.user.id).orderBy('id').execute();
    // Issuing the second voided the first.
    expect(tokens.map((t) => t.used_at !== null)).toEqual([true, false]);
    // Reset through a known token (the mailed one is sealed): swap in a hash we hold. And one more unused token,
    // as a request racing this one could have left, for the use to void.
    const token = 'r'.repeat(43);
    await db.updateTable('password_resets').set({ token_hash: await hashToken(token) }).where('id', '=', tokens[1]!.id).execute();
    await db.insertInto('password_resets').values({ user_id: s.user.id, token_hash: `other-${crypto.randomUUID()}`, expires_at: new Date(Date.now() + 3_600_000) }).execute();
    expect((await api('/api/users/password/reset', json({ token, new_password: 'another-long-password-2' }))).status).toBe(204);
    const after = await db.selectFrom('password_resets').select('used_at').where('user_id', '=', s.user.id).execute();
    expect(after.every((t) => t.used_at !== null)).toBe(true);
    expect(await endpointStatuses(s.access_token)).toMatchObject({ db: 401, cached: 401 });
  });
});

describe('tokens die with their account and role', () => {
  it('a disabled customer can no longer place orders or read anything, from the next request', async () => {
    const s = await registerUser();
    const product = await makeProduct({ stock: 5 });
    await addItem({ token: s.access_token }, { product_id: product.id, quantity: 1 });
    const status = await refusedWithin('disable', () => updateAccount(accountServices(), s.user.id, { is_active: false }), () =>
      statusOf('/api/orders', s.access_token, json(checkoutBody(), { headers: { 'Idempotency-Key': crypto.randomUUID() } })),
    );
    expect(status).toBe(401);
    expect(await testDb().selectFrom('orders').select('id').where('user_id', '=', s.user.id).execute()).toEqual([]);
    expect(await endpointStatuses(s.access_token)).toMatchObject({ db: 401, cached: 401 });
    // Its sessions ended too: re-enabling the account does not bring the old tokens back.
    await updateAccount(accountServices(), s.user.id, { is_active: true });
    expect((await api('/api/users/refresh', json({ refresh_token: s.refresh_token }))).status).toBe(401);
    expect(await statusOf('/api/users/profile', s.access_token)).toBe(401);
  });

  it('a deleted account\'s token is a 401 everywhere, never a 500', async () => {
    const s = await registerUser();
    const status = await refusedWithin('delete', () => deleteAccount(accountServices(), s.user.id), () => statusOf('/api/users/profile', s.access_token));
    expect(status).toBe(401);
    for (const [path, init] of [
      ['/api/cart', {}],
      ['/api/cart/items', json({ product_id: 1, quantity: 1 })],
      ['/api/orders', {}],
      ['/api/users/addresses', json({ first_name: 'A', line1: '1 St', city: 'C', postal_code: '1', country: 'US' })],
    ] as const) {
      expect(await statusOf(path, s.access_token, init), path).toBe(401);
    }
  });

  it('a demoted admin can no longer edit products; a refreshed token is a customer\'s', async () => {
    const admin = await adminSession();
    const product = await makeProduct();
    const edit = (token: string) => statusOf(`/api/products/${product.id}`, token, json({ name: 'Renamed' }, { method: 'PUT' }));
    const status = await refusedWithin('demotion', () => updateAccount(accountServices(), admin.user.id, { is_admin: false }), () => edit(admin.access_token));
    expect(status).toBe(401);
    expect(await statusOf('/api/uploads/signature', admin.access_token, { method: 'POST' })).toBe(401);
    const refreshed = (await (await api('/api/users/refresh', json({ refresh_token: admin.refresh_token }))).json()) as Session;
    expect(refreshed.user.is_admin).toBe(false);
    expect(await edit(refreshed.access_token)).toBe(403);
    expect(await statusOf('/api/users/profile', refreshed.access_token)).toBe(200);
  });

  it('without Redis, an endpoint that skips the database asks the database instead', async () => {
    const admin = await adminSession();
    const app = registerRoutes(createApp());
    const noRedis = { ...testEnv, UPSTASH_REDIS_REST_URL: 'http://127.0.0.1:9' };
    const sign = () => app.request(`${BASE}/api/uploads/signature`, withToken(admin.access_token, { method: 'POST' }), noRedis);
    const before = (await sign()).status;
    await testDb().updateTable('users').set({ is_admin: false }).where('id', '=', admin.user.id).execute();
    expect([before, (await sign()).status]).toEqual([200, 401]);
  });
});

describe('refresh rotation', () => {
  it('two tabs refreshing the same token at once both stay signed in, with the same successor', async () => {
    const s = await registerUser();
    const [a, b] = await Promise.all([1, 2].map(() => api('/api/users/refresh', json({ refresh_token: s.refresh_token }))));
    const [ba, bb] = (await Promise.all([a!.json(), b!.json()])) as Session[];
    expect([a!.status, b!.status]).toEqual([200, 200]);
    expect(ba!.refresh_token).toBe(bb!.refresh_token);
    expect((await api('/api/users/refresh', json({ refresh_token: ba!.refresh_token }))).status).toBe(200);
  });

  it('a replay after the grace window is reuse: the whole family is signed out', async () => {
    const s = await registerUser();
    const next = (await (await api('/api/users/refresh', json({ refresh_token: s.refresh_token }))).json()) as Session;
    // The window is measured by the database's clock: move the rotation back instead of waiting.
    await testDb().updateTable('refresh_tokens').set({ revoked_at: new Date(Date.now() - 60_000) }).where('user_id', '=', s.user.id).where('revoked_reason', '=', 'rotated').execute();
    expect((await api('/api/users/refresh', json({ refresh_token: s.refresh_token }))).status).toBe(401);
    expect((await api('/api/users/refresh', json({ refresh_token: next.refresh_token }))).status).toBe(401);
    expect(await statusOf('/api/users/profile', next.access_token)).toBe(401);
  });
});
