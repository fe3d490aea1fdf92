import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct, productBody } from '../../../test/worker/catalog';
import { adminSession } from '../../../test/worker/db';
import { api, bearer, json, type Session, unique } from '../../../test/worker/helpers';

let admin: Session;
beforeAll(async () => {
  admin = await adminSession();
});

describe('products: admin writes and public reads', () => {
  it("creates the spec's example product as an admin (201, slug from the name, money as decimals)", async () => {
    const body = productBody();
    const res = await api('/api/products', json(body, { headers: bearer(admin.access_token) }));
    expect(res.status).toBe(201);
    const p = (await res.json()) as any;
    expect(p).toMatchObject({
      name: body.name,
      slug: body.name.toLowerCase().replace(/ /g, '-'),
      price: 199.99,
      compare_at_price: 249.99,
      cost_price: 120,
      stock_quantity: 50,
      in_stock: true,
      dimensions: { length: 20, width: 18, height: 8 },
      weight: 0.25,
      primary_image_url: body.primary_image_url,
      is_featured: true,
      has_variants: false,
    });
    expect(p.images).toHaveLength(1);
    expect(p.images[0]).toMatchObject({
      is_primary: true,
      thumbnail_url: body.primary_image_url.replace('/upload/', '/upload/c_thumb,w_150,h_150,g_auto/f_auto,q_auto/'),
      medium_url: body.primary_image_url.replace('/upload/', '/upload/c_fit,w_400,h_400/f_auto,q_auto/'),
      large_url: body.primary_image_url.replace('/upload/', '/upload/c_fit,w_800,h_800/f_auto,q_auto/'),
    });
    expect(res.headers.get('Location')).toBe(`/api/products/${p.id}`);

    const byId = await api(`/api/products/${p.id}`);
    expect(byId.status).toBe(200);
    const pub = (await byId.json()) as any;
    expect(pub.cost_price).toBeUndefined();
    const bySlug = (await (await api(`/api/products/${p.slug}`)).json()) as any;
    expect(bySlug.id).toBe(p.id);
  });

  it('keeps slugs unique with a suffix, and refuses a duplicate sku or chosen slug', async () => {
    const name = `Same Name ${unique()}`;
    const a = await createProduct(admin.access_token, { name });
    const b = await createProduct(admin.access_token, { name });
    expect(b.slug).not.toBe(a.slug);
    expect(b.slug.startsWith(a.slug)).toBe(true);
    const dupSku = await api('/api/products', json(productBody({ sku: a.sku }), { headers: bearer(admin.access_token) }));
    expect(dupSku.status).toBe(409);
    expect(((await dupSku.json()) as any).error.code).toBe('sku_taken');
    const dupSlug = await api('/api/products', json(productBody({ slug: a.slug }), { headers: bearer(admin.access_token) }));
    expect(dupSlug.status).toBe(409);
    expect(((await dupSlug.json()) as any).error.code).toBe('slug_taken');
  });

  it('updates partially with If-Match, and refuses a stale one with 412', async () => {
    const p = await createProduct(admin.access_token);
    const got = await api(`/api/products/${p.id}`, { headers: bearer(admin.access_token) });
    const etag = got.headers.get('ETag')!;
    const put = (body: unknown, ifMatch?: string) =>
      api(`/api/products/${p.id}`, json(body, { method: 'PUT', headers: { ...bearer(admin.access_token), ...(ifMatch ? { 'If-Match': ifMatch } : {}) } }));
    const ok = await put({ price: 149.5, tags: ['sale'] }, etag);
    expect(ok.status).toBe(200);
    const updated = (await ok.json()) as any;
    expect(updated).toMatchObject({ price: 149.5, tags: ['sale'], name: p.name });
    expect(ok.headers.get('ETag')).not.toBe(etag);
    const stale = await put({ price: 1 }, etag);
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as any).error.code).toBe('precondition_failed');
    const staleTime = await put({ price: 1 }, p.updated_at);
    expect(staleTime.status).toBe(412);
    const byTime = await put({ price: 99.99 }, updated.updated_at);
    expect(byTime.status).toBe(200);
    expect(((await byTime.json()) as any).price).toBe(99.99);
  });

  it('replaces images on update under the same rules', async () => {
    const p = await createProduct(admin.access_token);
    const url2 = 'https://res.cloudinary.com/demo/image/upload/v2/products/other.jpg';
    const res = await api(
      `/api/products/${p.id}`,
      json({ images: [{ url: p.primary_image_url, is_primary: false }, { url: url2, is_primary: true }] }, { method: 'PUT', headers: bearer(admin.access_token) }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.primary_image_url).toBe(url2);
    expect(body.images.map((i: any) => [i.url, i.is_primary])).toEqual([[url2, true], [p.primary_image_url, false]]);
  });

  it('soft-deletes: gone from the public catalogue, still visible to admins', async () => {
    const p = await createProduct(admin.access_token);
    expect((await api(`/api/products/${p.id}`, { method: 'DELETE', headers: bearer(admin.access_token) })).status).toBe(204);
    expect((await api(`/api/products/${p.id}`)).status).toBe(404);
    const asAdmin = await api(`/api/products/${p.id}`, { headers: bearer(admin.access_token) });
    expect(asAdmin.status).toBe(200);
    expect(((await asAdmin.json()) as any).is_active).toBe(false);
    expect((await api(`/api/products/${p.id}`, { method: 'DELETE', headers: bearer(admin.access_token) })).status).toBe(404);
  });
});
