import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession, testDb } from '../../../test/worker/db';
import { api, bearer, json, type Session, unique } from '../../../test/worker/helpers';
import { makeStaff, makeUser } from '../../../test/worker/shop';

let admin: Session;
beforeAll(async () => {
  admin = await adminSession();
});

describe('collections: who may change them', () => {
  it('lets anyone read, and only admins write (401 without a token, 403 for a customer or staff)', async () => {
    const [customer, staff] = await Promise.all([makeUser(), makeStaff()]);
    const p = await createProduct(admin.access_token);
    const made = await api('/api/collections', json({ title: `Target ${unique()}`, product_ids: [p.id] }, { headers: bearer(admin.access_token) }));
    const col = (await made.json()) as any;
    const title = `Sneaky ${unique()}`;
    const cases: [Record<string, string>, number][] = [
      [{}, 401],
      [bearer('not-a-token'), 401],
      [bearer(customer.token), 403],
      [bearer(staff.token), 403],
    ];
    for (const [headers, expected] of cases) {
      const attempts: [string, RequestInit][] = [
        ['/api/collections', json({ title }, { headers })],
        [`/api/collections/${col.id}`, json({ title }, { method: 'PUT', headers })],
        [`/api/collections/${col.id}`, { method: 'DELETE', headers }],
        [`/api/collections/${col.id}/products`, json({ product_ids: [] }, { method: 'PUT', headers })],
      ];
      for (const [path, init] of attempts) expect((await api(path, init)).status, `${init.method} ${path}`).toBe(expected);
    }
    expect((await testDb().selectFrom('collections').select('title').where('id', '=', col.id).executeTakeFirst())?.title).toBe(col.title);
    expect(await testDb().selectFrom('collections').select('id').where('title', '=', title).execute()).toEqual([]);
    const body = (await (await api(`/api/collections/${col.handle}/products`)).json()) as any;
    expect(body.data.map((x: any) => x.id)).toEqual([p.id]);
  });

  it('keeps inactive collections and inactive products from everyone but admins', async () => {
    const customer = await makeUser();
    const hidden = (await (await api('/api/collections', json({ title: `Secret ${unique()}`, is_active: false }, { headers: bearer(admin.access_token) }))).json()) as any;
    expect((await api('/api/collections?include_inactive=true')).status).toBe(403);
    expect((await api('/api/collections?include_inactive=true', { headers: bearer(customer.token) })).status).toBe(403);
    for (const headers of [{}, bearer(customer.token)]) {
      expect((await api(`/api/collections/${hidden.handle}`, { headers })).status).toBe(404);
      const list = (await (await api('/api/collections?limit=100', { headers })).json()) as any;
      expect(list.data.some((x: any) => x.id === hidden.id)).toBe(false);
    }
    // An inactive product in a public collection is not shown, even to an admin (the public answer is shared).
    const p = await createProduct(admin.access_token, { is_active: false });
    const col = (await (await api('/api/collections', json({ title: `Open ${unique()}`, product_ids: [p.id] }, { headers: bearer(admin.access_token) }))).json()) as any;
    for (const headers of [{}, bearer(admin.access_token)]) {
      expect(((await (await api(`/api/collections/${col.handle}/products`, { headers })).json()) as any).data).toEqual([]);
    }
  });

  it('treats handles and rules as data, never as SQL or patterns', async () => {
    for (const handle of [`x' or 1=1 --`, '%', '_', '..%2f..%2fadmin']) {
      for (const path of [`/api/collections/${encodeURIComponent(handle)}`, `/api/collections/${encodeURIComponent(handle)}/products`]) {
        const res = await api(path);
        expect(res.status, path).toBe(404);
      }
    }
    const brand = `x' or '1'='1`;
    const res = await api('/api/collections', json({ title: `Injected ${unique()}`, kind: 'automatic', rules: { brand, tags: ["a'); drop table products; --"] } }, { headers: bearer(admin.access_token) }));
    expect(res.status).toBe(201);
    const col = (await res.json()) as any;
    expect(col.rules.brand).toBe(brand);
    const page = (await (await api(`/api/collections/${col.handle}/products`)).json()) as any;
    expect(page.data).toEqual([]);
  });

  it('records the admin who wrote, with the request id, in the audit log', async () => {
    const res = await api('/api/collections', json({ title: `Audited ${unique()}` }, { headers: { ...bearer(admin.access_token), 'X-Request-Id': 'collection-audit-1' } }));
    const col = (await res.json()) as any;
    const row = await (testDb() as any).selectFrom('audit_log').selectAll().where('entity_type', '=', 'collections').where('entity_id', '=', String(col.id)).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ action: 'insert', actor_role: 'admin', request_id: 'collection-audit-1' });
    expect(row.actor_user_id).toBe(admin.user.id);
  });
});
