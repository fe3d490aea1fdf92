import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession } from '../../../test/worker/db';
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
  const r = await send('POST', '/api/categories', body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
};
const productsIn = async (slug: string) =>
  ((await (await api(`/api/products?category=${slug}&sort=name&limit=100`)).json()) as any).data.map((p: any) => p.name).sort();

describe('the category tree', () => {
  it('builds a tree, shows it depth first with breadcrumbs and children, and filters products by subtree', async () => {
    const root = await create({ name: `Audio ${unique()}`, description: 'Everything that plays', seo_title: 'Audio' });
    const head = await create({ name: `Headphones ${unique()}`, parent_id: root.id, position: 1 });
    const spk = await create({ name: `Speakers ${unique()}`, parent_id: root.id, position: 0 });
    const wire = await create({ name: `Wireless ${unique()}`, parent_id: head.id });
    expect(wire.depth).toBe(2);
    expect(wire.slug).toMatch(/^wireless-/);

    const tree = ((await (await api('/api/categories')).json()) as any).data.map((c: any) => c.id);
    const at = (id: number) => tree.indexOf(id);
    // Depth first, siblings by position: root, speakers, headphones, wireless.
    expect(at(root.id)).toBeGreaterThanOrEqual(0);
    expect([at(spk.id), at(head.id), at(wire.id)]).toEqual([at(root.id) + 1, at(root.id) + 2, at(root.id) + 3]);

    const detail = (await (await api(`/api/categories/${wire.slug}`)).json()) as any;
    expect(detail.breadcrumb.map((b: any) => b.id)).toEqual([root.id, head.id]);
    expect(detail.children).toEqual([]);
    const rootDetail = (await (await api(`/api/categories/${root.slug.toUpperCase()}`)).json()) as any;
    expect(rootDetail.children.map((c: any) => c.id)).toEqual([spk.id, head.id]);
    expect(rootDetail.description).toBe('Everything that plays');

    // A product's category text names the category it is filed under.
    await createProduct(admin.access_token, { name: 'Earbuds', category: wire.slug });
    await createProduct(admin.access_token, { name: 'Studio Cans', category: head.slug });
    await createProduct(admin.access_token, { name: 'Bookshelf Pair', category: spk.slug });
    expect(await productsIn(root.slug)).toEqual(['Bookshelf Pair', 'Earbuds', 'Studio Cans']);
    expect(await productsIn(head.slug)).toEqual(['Earbuds', 'Studio Cans']);
    expect(await productsIn(wire.slug)).toEqual(['Earbuds']);
    expect(await productsIn(`unknown-${unique()}`)).toEqual([]);

    // Move the headphones subtree to a new root: the filter and the breadcrumbs follow at once.
    const other = await create({ name: `Gifts ${unique()}` });
    const moved = await send('PUT', `/api/categories/${head.id}`, { parent_id: other.id });
    expect(moved.status).toBe(200);
    expect(moved.body.depth).toBe(1);
    expect(await productsIn(root.slug)).toEqual(['Bookshelf Pair']);
    expect(await productsIn(other.slug)).toEqual(['Earbuds', 'Studio Cans']);
    const after = (await (await api(`/api/categories/${wire.slug}`)).json()) as any;
    expect(after.breadcrumb.map((b: any) => b.id)).toEqual([other.id, head.id]);
    expect(after.depth).toBe(2);

    // Back to the root level, then reordered.
    expect((await send('PUT', `/api/categories/${head.id}`, { parent_id: null, position: 3, name: 'Headphones' })).body).toMatchObject({ parent_id: null, depth: 0, position: 3, name: 'Headphones' });
    expect((await (await api(`/api/categories/${wire.slug}`)).json() as any).breadcrumb.map((b: any) => b.id)).toEqual([head.id]);
  });

  it('serves the tree from the catalogue cache and drops it on a write', async () => {
    const first = await api('/api/categories');
    const etag = first.headers.get('ETag')!;
    expect(first.headers.get('Cache-Control')).toMatch(/^public/);
    expect((await api('/api/categories', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    const made = await create({ name: `Lighting ${unique()}` });
    const again = await api('/api/categories', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(200);
    expect(((await again.json()) as any).data.some((c: any) => c.id === made.id)).toBe(true);
  });

  it('deletes an empty category, and refuses one with children or products (they are not reassigned)', async () => {
    const parent = await create({ name: `Garden ${unique()}` });
    const child = await create({ name: `Tools ${unique()}`, parent_id: parent.id });
    const blocked = await send('DELETE', `/api/categories/${parent.id}`);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error).toMatchObject({ code: 'conflict', details: { children: true } });
    const p = await createProduct(admin.access_token, { category: child.slug });
    const inUse = await send('DELETE', `/api/categories/${child.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.details.products).toBe(true);
    // A soft-deleted product does not hold its category.
    expect((await send('DELETE', `/api/products/${p.id}`)).status).toBe(204);
    expect((await send('DELETE', `/api/categories/${child.id}`)).status).toBe(204);
    expect((await send('DELETE', `/api/categories/${parent.id}`)).status).toBe(204);
    expect((await api(`/api/categories/${parent.slug}`)).status).toBe(404);
  });
});
