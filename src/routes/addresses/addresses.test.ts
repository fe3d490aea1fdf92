import { describe, expect, it } from 'vitest';
import { api, bearer, json, registerUser } from '../../../test/worker/helpers';

const home = { first_name: 'Ada', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'us' };
const office = { line1: '500 Howard St', city: 'San Francisco', postal_code: '94105', country: 'US', company: 'Acme' };

const call = (token: string, path: string, init: RequestInit = {}) =>
  api(`/api/users/addresses${path}`, { ...init, headers: { ...bearer(token), ...(init.headers as Record<string, string>) } });
const create = (token: string, body: unknown) => call(token, '', json(body));
const profile = async (token: string) => (await (await api('/api/users/profile', { headers: bearer(token) })).json()) as any;

describe('address book', () => {
  it('makes the first address the default for both, and mirrors defaults into the profile', async () => {
    const s = await registerUser();
    const res = await create(s.access_token, home);
    expect(res.status).toBe(201);
    const first = (await res.json()) as any;
    expect(first).toMatchObject({ country: 'US', is_default_shipping: true, is_default_billing: true });
    expect((await profile(s.access_token)).shipping_address).toEqual({ first_name: 'Ada', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' });

    const second = (await (await create(s.access_token, { ...office, is_default_shipping: true })).json()) as any;
    expect(second).toMatchObject({ is_default_shipping: true, is_default_billing: false });
    const firstAgain = (await (await call(s.access_token, `/${first.id}`)).json()) as any;
    expect(firstAgain).toMatchObject({ is_default_shipping: false, is_default_billing: true });
    const p = await profile(s.access_token);
    expect(p.shipping_address.company).toBe('Acme');
    expect(p.billing_address.line1).toBe('1 Market St');

    const moved = await call(s.access_token, `/${first.id}`, json({ is_default_shipping: true, line2: 'Floor 2' }, { method: 'PUT' }));
    expect(moved.status).toBe(200);
    expect((await profile(s.access_token)).shipping_address.line2).toBe('Floor 2');

    expect((await call(s.access_token, `/${first.id}`, { method: 'DELETE' })).status).toBe(204);
    const after = await profile(s.access_token);
    expect(after.shipping_address).toBeNull();
    expect(after.billing_address).toBeNull();
  });

  it('lists with keyset pagination and rejects a tampered cursor', async () => {
    const s = await registerUser();
    for (const a of [home, office, { ...office, line1: '3 Third St' }]) await create(s.access_token, a);
    const page1 = (await (await call(s.access_token, '?limit=2')).json()) as any;
    expect(page1.data).toHaveLength(2);
    expect(page1.next_cursor).toBeTruthy();
    const page2 = (await (await call(s.access_token, `?limit=2&cursor=${page1.next_cursor}`)).json()) as any;
    expect(page2.data.map((a: any) => a.line1)).toEqual(['3 Third St']);
    expect(page2.next_cursor).toBeNull();
    const [payload, mac] = page1.next_cursor.split('.');
    const forged = `${btoa(JSON.stringify({ s: 'addresses:id', k: [0] })).replace(/=+$/, '')}.${mac}`;
    for (const bad of [forged, `${payload}.AAAA`, 'garbage']) {
      const res = await call(s.access_token, `?cursor=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).error.code).toBe('invalid_cursor');
    }
    expect((await call(s.access_token, '?limit=101')).status).toBe(422);
  });

  it("answers 404 for another user's address and changes nothing (no IDOR)", async () => {
    const owner = await registerUser();
    const intruder = await registerUser();
    const mine = (await (await create(owner.access_token, home)).json()) as any;
    await create(intruder.access_token, office);
    for (const res of [
      await call(intruder.access_token, `/${mine.id}`),
      await call(intruder.access_token, `/${mine.id}`, json({ city: 'Elsewhere', is_default_shipping: true }, { method: 'PUT' })),
      await call(intruder.access_token, `/${mine.id}`, { method: 'DELETE' }),
    ]) {
      expect(res.status).toBe(404);
      expect(((await res.json()) as any).error.code).toBe('not_found');
    }
    const still = (await (await call(owner.access_token, `/${mine.id}`)).json()) as any;
    expect(still).toMatchObject({ city: 'San Francisco', is_default_shipping: true });
    // The intruder's own default was not cleared by the refused update either.
    const theirs = (await (await call(intruder.access_token, '')).json()) as any;
    expect(theirs.data[0].is_default_shipping).toBe(true);
  });

  it('validates input and requires a signed-in user', async () => {
    const s = await registerUser();
    expect((await create(s.access_token, { ...home, country: 'USA' })).status).toBe(422);
    expect((await create(s.access_token, { ...home, user_id: 1 })).status).toBe(422);
    expect((await api('/api/users/addresses', json(home))).status).toBe(401);
    expect((await call(s.access_token, '/abc')).status).toBe(422);
  });
});
