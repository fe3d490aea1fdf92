import { sql } from 'kysely';
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
const create = async (body: Record<string, unknown>) => {
  const r = await send('POST', '/api/collections', body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
};
const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await api(path, { headers });
  expect(res.status, path).toBe(200);
  return (await res.json()) as any;
};
const names = async (path: string) => (await page(path)).data.map((p: any) => p.name);

/** Every page of a collection's products, following next_cursor. */
async function walk(handle: string, query: string) {
  const out: string[] = [];
  let cursor: string | null = null;
  do {
    const body = await page(`/api/collections/${handle}/products?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...body.data.map((p: any) => p.name));
    cursor = body.next_cursor;
  } while (cursor);
  return out;
}

describe('manual collections', () => {
  it('lists products in the manual order by default, pages with a cursor, and sorts like the list', async () => {
    const tag = unique('m');
    const [a, b, c] = [
      await createProduct(admin.access_token, { name: `Alpha ${tag}`, price: 30 }),
      await createProduct(admin.access_token, { name: `Bravo ${tag}`, price: 10 }),
      await createProduct(admin.access_token, { name: `Charlie ${tag}`, price: 20 }),
    ];
    const col = await create({ title: `Staff picks ${tag}`, description: 'What we use', seo_title: 'Picks', product_ids: [c.id, a.id, b.id] });
    expect(col).toMatchObject({ kind: 'manual', rules: null, is_active: true, description: 'What we use', seo_title: 'Picks' });
    expect(col.handle).toBe(`staff-picks-${tag.toLowerCase()}`);

    const body = await page(`/api/collections/${col.handle}/products`);
    expect(body.data.map((p: any) => p.id)).toEqual([c.id, a.id, b.id]);
    expect(body.market.handle).toBe('us');
    expect(body.data[0]).toMatchObject({ price: 199.99 - 199.99 + 20, in_stock: true });
    expect(await walk(col.handle, 'limit=1')).toEqual([`Charlie ${tag}`, `Alpha ${tag}`, `Bravo ${tag}`]);
    expect(await walk(col.handle, 'limit=2&sort=price_asc')).toEqual([`Bravo ${tag}`, `Charlie ${tag}`, `Alpha ${tag}`]);
    expect(await names(`/api/collections/${col.handle}/products?sort=name`)).toEqual([`Alpha ${tag}`, `Bravo ${tag}`, `Charlie ${tag}`]);
    expect(await names(`/api/collections/${col.handle}/products?sort=newest`)).toEqual([`Charlie ${tag}`, `Bravo ${tag}`, `Alpha ${tag}`]);
    // Priced in the market, as the list is.
    const eu = await page(`/api/collections/${col.handle}/products`, { 'X-Market': 'eu' });
    expect(eu.market.currency).toBe('EUR');
    expect(eu.data[0].currency).toBe('EUR');

    // Reorder and drop one: the next read shows it (the write invalidates the cached page).
    const set = await send('PUT', `/api/collections/${col.id}/products`, { product_ids: [b.id, c.id] });
    expect(set).toEqual({ status: 200, body: { collection_id: col.id, product_ids: [b.id, c.id] } });
    expect(await names(`/api/collections/${col.handle}/products`)).toEqual([`Bravo ${tag}`, `Charlie ${tag}`]);

    // A product edit shows at once; an inactive or deleted product leaves the public answer.
    expect((await send('PUT', `/api/products/${b.id}`, { name: `Bravo renamed ${tag}` })).status).toBe(200);
    expect(await names(`/api/collections/${col.handle}/products`)).toEqual([`Bravo renamed ${tag}`, `Charlie ${tag}`]);
    expect((await send('DELETE', `/api/products/${c.id}`)).status).toBe(204);
    expect(await names(`/api/collections/${col.handle}/products`)).toEqual([`Bravo renamed ${tag}`]);
  });

  it('shows the collection, lists active ones by position, and hides inactive ones from the public', async () => {
    const tag = unique('l');
    const second = await create({ title: `Second ${tag}`, position: 2 });
    const first = await create({ title: `First ${tag}`, position: 1, image_url: 'https://res.cloudinary.com/demo/image/upload/v1/c.jpg' });
    const hidden = await create({ title: `Hidden ${tag}`, position: 1, is_active: false });

    const detail = await page(`/api/collections/${first.handle.toUpperCase()}`);
    expect(detail).toEqual(first);
    const all: any[] = [];
    let cursor: string | null = null;
    do {
      const body = await page(`/api/collections?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      all.push(...body.data);
      cursor = body.next_cursor;
    } while (cursor);
    const ids = all.map((x) => x.id);
    expect(ids).toContain(first.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(ids).not.toContain(hidden.id);
    expect((await api(`/api/collections/${hidden.handle}`)).status).toBe(404);
    expect((await api(`/api/collections/${hidden.handle}/products`)).status).toBe(404);

    // Admins see it, in the detail and with include_inactive.
    const asAdmin = await api(`/api/collections/${hidden.handle}`, { headers: bearer(admin.access_token) });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.headers.get('Cache-Control')).toBe('private, no-store');
    const listed = await page('/api/collections?include_inactive=true&limit=100', bearer(admin.access_token));
    expect(listed.data.some((x: any) => x.id === hidden.id)).toBe(true);

    // Switched on, it shows at once; renamed, the old handle is gone.
    expect((await send('PUT', `/api/collections/${hidden.id}`, { is_active: true, handle: `shown-${tag.toLowerCase()}` })).status).toBe(200);
    expect((await api(`/api/collections/${hidden.handle}`)).status).toBe(404);
    expect((await page(`/api/collections/shown-${tag.toLowerCase()}`)).is_active).toBe(true);
  });

  it('serves from the catalogue cache with ETags, and a collection edit drops its entries', async () => {
    const p = await createProduct(admin.access_token);
    const col = await create({ title: `Cached ${unique()}`, product_ids: [p.id] });
    for (const path of [`/api/collections/${col.handle}`, `/api/collections/${col.handle}/products`, '/api/collections?limit=100']) {
      const first = await api(path);
      const etag = first.headers.get('ETag')!;
      expect(first.headers.get('Cache-Control'), path).toMatch(/^public/);
      expect((await api(path, { headers: { 'If-None-Match': etag } })).status, path).toBe(304);
      expect((await send('PUT', `/api/collections/${col.id}`, { title: `Renamed ${unique()}` })).status).toBe(200);
      const again = await api(path, { headers: { 'If-None-Match': etag } });
      expect(again.status, path).toBe(path.endsWith('/products') ? 304 : 200);
    }
  });

  it('deletes a collection (its products stay) and records every admin write in the audit log', async () => {
    const p = await createProduct(admin.access_token);
    const col = await create({ title: `Doomed ${unique()}`, product_ids: [p.id] });
    expect((await send('PUT', `/api/collections/${col.id}/products`, { product_ids: [] })).body.product_ids).toEqual([]);
    expect((await send('DELETE', `/api/collections/${col.id}`)).status).toBe(204);
    expect((await api(`/api/collections/${col.handle}`)).status).toBe(404);
    expect((await api(`/api/products/${p.id}`)).status).toBe(200);
    const audit = await (testDb() as any)
      .selectFrom('audit_log')
      .select(['entity_type', 'action', 'entity_id'])
      .where((eb: any) => eb.or([eb('entity_id', '=', String(col.id)), eb('entity_id', '=', `${col.id}:${p.id}`)]))
      .where('entity_type', 'in', ['collections', 'collection_products'])
      .orderBy('id')
      .execute();
    expect(audit.map((a: any) => `${a.entity_type} ${a.action}`)).toEqual([
      'collections insert',
      'collection_products insert',
      'collection_products delete',
      'collections delete',
    ]);
  });
});

describe('a manual collection at its largest', () => {
  it('takes 5,000 products in one write, and pages through them in order', async () => {
    const tag = unique('big').toLowerCase();
    const { rows } = await sql<{ id: number }>`
      insert into products (name, slug, sku, price_cents, stock_quantity)
      select 'Big ' || g, ${tag} || '-' || g, upper(${tag}) || '-' || g, 100 + g, 1 from generate_series(1, 5000) g
      returning id`.execute(testDb());
    const ids = rows.map((r) => r.id).reverse();
    const col = await create({ title: `Big ${tag}` });
    const set = await send('PUT', `/api/collections/${col.id}/products`, { product_ids: ids });
    expect(set.status).toBe(200);
    expect(set.body.product_ids).toEqual(ids);
    const first = await page(`/api/collections/${col.handle}/products?limit=100`);
    expect(first.data.map((p: any) => p.id)).toEqual(ids.slice(0, 100));
    const cheapest = await page(`/api/collections/${col.handle}/products?limit=3&sort=price_asc`);
    expect(cheapest.data.map((p: any) => p.name)).toEqual(['Big 1', 'Big 2', 'Big 3']);
    // Moving one product rewrites only the rows whose place changed.
    const moved = [ids[4999]!, ...ids.slice(0, 4999)];
    expect((await send('PUT', `/api/collections/${col.id}/products`, { product_ids: moved })).status).toBe(200);
    expect((await page(`/api/collections/${col.handle}/products?limit=2`)).data.map((p: any) => p.id)).toEqual(moved.slice(0, 2));
  });
});

describe('automatic collections', () => {
  it('lists the products its rules match (brand, tags, price, category subtree, featured, stock)', async () => {
    const tag = unique('a').toLowerCase();
    const brand = `Brand ${tag}`;
    const parent = (await send('POST', '/api/categories', { name: `Outdoors ${tag}` })).body;
    const child = (await send('POST', '/api/categories', { name: `Tents ${tag}`, parent_id: parent.id })).body;
    const mk = (name: string, o: Record<string, unknown>) => createProduct(admin.access_token, { name: `${name} ${tag}`, brand, tags: [tag], category: child.slug, price: 40, is_featured: true, stock_quantity: 5, ...o });
    await mk('Match', {});
    await mk('Other brand', { brand: `Else ${tag}` });
    await mk('Untagged', { tags: ['plain'] });
    await mk('Pricey', { price: 90 });
    await mk('Elsewhere', { category: `elsewhere-${tag}` });
    await mk('Plain', { is_featured: false });
    const empty = await mk('Sold out', { stock_quantity: 0 });

    const rules = { brand, tags: [tag], max_price: 50, category: parent.slug, is_featured: true, in_stock: true };
    const col = await create({ title: `Auto ${tag}`, kind: 'automatic', rules });
    expect(col.rules).toEqual(rules);
    const path = `/api/collections/${col.handle}/products`;
    expect(await names(path)).toEqual([`Match ${tag}`]);

    // Stock follows at once (the in_stock rule depends on the stock tag).
    expect((await send('PUT', `/api/products/${empty.id}`, { stock_quantity: 3 })).status).toBe(200);
    expect(await names(`${path}?sort=name`)).toEqual([`Match ${tag}`, `Sold out ${tag}`]);

    // New rules apply at once; the default sort is newest, and manual order is refused.
    expect((await send('PUT', `/api/collections/${col.id}`, { rules: { brand, min_price: 60 } })).status).toBe(200);
    expect(await names(path)).toEqual([`Pricey ${tag}`]);
    const manual = await api(`${path}?sort=manual`);
    expect(manual.status).toBe(422);
    expect(((await manual.json()) as any).error.details[0].path).toBe('sort');

    // Price rules are in USD; in another market the bounds are converted as prices are.
    const eu = await page(path, { 'X-Market': 'eu' });
    expect(eu.data.map((p: any) => p.name)).toEqual([`Pricey ${tag}`]);
    expect(eu.data[0].currency).toBe('EUR');
  });
});
