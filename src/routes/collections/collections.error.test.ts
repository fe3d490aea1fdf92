import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession, testDb } from '../../../test/worker/db';
import { api, bearer, json, type Session, unique } from '../../../test/worker/helpers';

let admin: Session;
beforeAll(async () => {
  admin = await adminSession();
});

const send = async (method: string, path: string, body?: unknown) => {
  const res = await api(path, body === undefined ? { method, headers: bearer(admin.access_token) } : json(body, { method, headers: bearer(admin.access_token) }));
  return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as any) };
};
const fields = (r: { body: any }) => (r.body.error.details ?? []).map((d: { path: string }) => d.path);

describe('collections: validation and refusals', () => {
  it('refuses bad bodies with 422 naming the field, and writes nothing', async () => {
    const title = `Bad ${unique()}`;
    const bad: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ title, handle: 'Not A Handle!' }, 'handle'],
      [{ title, kind: 'smart' }, 'kind'],
      [{ title, kind: 'automatic' }, 'rules'],
      [{ title, rules: { brand: 'X' } }, 'rules'],
      [{ title, kind: 'automatic', rules: {} }, 'rules'],
      [{ title, kind: 'automatic', rules: { colour: 'red' } }, 'rules'],
      [{ title, kind: 'automatic', rules: { min_price: 50, max_price: 10 } }, 'rules.min_price'],
      [{ title, kind: 'automatic', rules: { max_price: 1.234 } }, 'rules.max_price'],
      [{ title, kind: 'automatic', rules: { category: 'Not a slug' } }, 'rules.category'],
      [{ title, kind: 'automatic', rules: { brand: 'X' }, product_ids: [1] }, 'product_ids'],
      [{ title, product_ids: [1, 1] }, 'product_ids'],
      [{ title, product_ids: [0] }, 'product_ids.0'],
      [{ title, product_ids: Array.from({ length: 5001 }, (_, i) => i + 1) }, 'product_ids'],
      [{ title, position: -1 }, 'position'],
      [{ title, image_url: 'javascript:alert(1)' }, 'image_url'],
      [{ title, id: 5 }, ''],
    ];
    for (const [body, field] of bad) {
      const r = await send('POST', '/api/collections', body);
      expect(r.status, JSON.stringify(body).slice(0, 120)).toBe(422);
      expect(fields(r), JSON.stringify(body).slice(0, 120)).toContain(field);
    }
    const none = await testDb().selectFrom('collections').select('id').where('title', '=', title).execute();
    expect(none).toEqual([]);
  });

  it('refuses unknown or deleted products as a whole (422 naming product_ids)', async () => {
    const p = await createProduct(admin.access_token);
    const gone = await createProduct(admin.access_token);
    expect((await send('DELETE', `/api/products/${gone.id}`)).status).toBe(204);
    const handle = unique('unknown-').toLowerCase();
    const r = await send('POST', '/api/collections', { title: 'Unknown', handle, product_ids: [p.id, 2_000_000_000, gone.id] });
    expect(r.status).toBe(422);
    expect(fields(r)).toEqual(['product_ids']);
    expect(r.body.error.message).toContain('2000000000');
    expect((await api(`/api/collections/${handle}`)).status).toBe(404);

    const col = (await send('POST', '/api/collections', { title: 'Kept', product_ids: [p.id] })).body;
    const put = await send('PUT', `/api/collections/${col.id}/products`, { product_ids: [2_000_000_000] });
    expect(put.status).toBe(422);
    const rows = await testDb().selectFrom('collection_products').select('product_id').where('collection_id', '=', col.id).execute();
    expect(rows).toEqual([{ product_id: p.id }]);
  });

  it('answers 409 for a taken handle and for products of an automatic collection; 422 for rules on a manual one', async () => {
    const handle = unique('taken-').toLowerCase();
    expect((await send('POST', '/api/collections', { title: 'One', handle })).status).toBe(201);
    const dup = await send('POST', '/api/collections', { title: 'Two', handle });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('slug_taken');
    // A handle made from the title is suffixed instead.
    const title = `Same title ${unique()}`;
    const a = (await send('POST', '/api/collections', { title })).body;
    const b = (await send('POST', '/api/collections', { title })).body;
    expect(b.handle).not.toBe(a.handle);
    expect(b.handle.startsWith(a.handle)).toBe(true);
    const renamed = await send('PUT', `/api/collections/${b.id}`, { handle });
    expect(renamed.status).toBe(409);

    const auto = (await send('POST', '/api/collections', { title: 'Auto', kind: 'automatic', rules: { is_featured: true } })).body;
    const put = await send('PUT', `/api/collections/${auto.id}/products`, { product_ids: [] });
    expect(put.status).toBe(409);
    expect(put.body.error.code).toBe('conflict');
    const rules = await send('PUT', `/api/collections/${a.id}`, { rules: { is_featured: true } });
    expect(rules.status).toBe(422);
    expect(fields(rules)).toEqual(['rules']);
    expect((await send('PUT', `/api/collections/${auto.id}`, { kind: 'manual' })).status).toBe(422);
  });

  it('answers 404 for unknown collections, 422 for malformed ids and empty updates', async () => {
    expect((await send('PUT', '/api/collections/2000000000', { title: 'Nope' })).status).toBe(404);
    expect((await send('PUT', '/api/collections/2000000000', { rules: { in_stock: true } })).status).toBe(404);
    expect((await send('DELETE', '/api/collections/2000000000')).status).toBe(404);
    expect((await send('PUT', '/api/collections/2000000000/products', { product_ids: [] })).status).toBe(404);
    expect((await send('PUT', '/api/collections/1', {})).status).toBe(422);
    expect((await send('DELETE', '/api/collections/0x10')).status).toBe(422);
    expect((await send('PUT', '/api/collections/1/products', { product_ids: [1], extra: true })).status).toBe(422);
    for (const handle of [unique('none-'), 'Not%20a%20handle', '--', 'a'.repeat(121)]) {
      for (const path of [`/api/collections/${handle}`, `/api/collections/${handle}/products`]) {
        const res = await api(path);
        expect([404, 422], path).toContain(res.status);
        if (!handle.startsWith('a')) expect(res.status, path).toBe(404);
      }
    }
  });

  it('refuses bad list queries: a tampered cursor (400), one from another sort (400), unknown parameters (422)', async () => {
    const p = await createProduct(admin.access_token);
    const q = await createProduct(admin.access_token);
    const col = (await send('POST', '/api/collections', { title: `Cursor ${unique()}`, product_ids: [p.id, q.id] })).body;
    const first = (await (await api(`/api/collections/${col.handle}/products?limit=1`)).json()) as any;
    expect(first.next_cursor).toBeTruthy();
    const other = await api(`/api/collections/${col.handle}/products?limit=1&sort=name&cursor=${encodeURIComponent(first.next_cursor)}`);
    expect(other.status).toBe(400);
    expect(((await other.json()) as any).error.code).toBe('invalid_cursor');
    const tampered = await api(`/api/collections/${col.handle}/products?cursor=${encodeURIComponent(`x${first.next_cursor}`)}`);
    expect(tampered.status).toBe(400);
    const list = await api('/api/collections?cursor=nonsense');
    expect(list.status).toBe(400);
    for (const path of [`/api/collections/${col.handle}/products?sort=relevance`, `/api/collections/${col.handle}/products?limit=0`, `/api/collections/${col.handle}/products?brand=x`, '/api/collections?limit=101', `/api/collections/${col.handle}/products?market=nowhere`]) {
      expect((await api(path)).status, path).toBe(422);
    }
  });
});
