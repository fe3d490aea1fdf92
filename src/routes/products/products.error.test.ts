import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct, productBody } from '../../../test/worker/catalog';
import { adminSession, testDb } from '../../../test/worker/db';
import { api, bearer, json, registerUser, type Session } from '../../../test/worker/helpers';

let admin: Session;
beforeAll(async () => {
  admin = await adminSession();
});

const post = (body: unknown, token = admin.access_token) => api('/api/products', json(body, { headers: bearer(token) }));
const fieldsOf = async (res: Response) => ((await res.json()) as any).error.details.map((d: { path: string }) => d.path);

describe('products: validation and guards', () => {
  it('requires images, exactly one primary, and primary_image_url equal to it (422 naming the field)', async () => {
    const base = productBody();
    const other = 'https://res.cloudinary.com/demo/image/upload/v1/products/other.jpg';
    const cases: [Record<string, unknown>, string][] = [
      [{ images: [] }, 'images'],
      [{ images: [{ url: base.primary_image_url, is_primary: false }] }, 'images'],
      [{ images: [{ url: base.primary_image_url, is_primary: true }, { url: other, is_primary: true }] }, 'images'],
      [{ primary_image_url: other }, 'primary_image_url'],
      [{ dimensions: { length: 10, width: 0, height: 5 } }, 'dimensions.width'],
      [{ price: 10.001 }, 'price'],
      [{ price: -1 }, 'price'],
    ];
    for (const [override, field] of cases) {
      const res = await post({ ...base, ...override });
      expect(res.status, field).toBe(422);
      expect(await fieldsOf(res), field).toContain(field);
    }
    const { primary_image_url: _omit, ...missing } = base;
    expect(await fieldsOf(await post(missing))).toContain('primary_image_url');
    const none = await testDb().selectFrom('products').select('id').where('sku', '=', base.sku).executeTakeFirst();
    expect(none).toBeUndefined();
  });

  it('refuses unknown fields (mass assignment) and primary_image_url alone on update', async () => {
    expect(await fieldsOf(await post({ ...productBody(), id: 1 }))).toContain('');
    const p = await createProduct(admin.access_token);
    const res = await api(`/api/products/${p.id}`, json({ primary_image_url: p.primary_image_url }, { method: 'PUT', headers: bearer(admin.access_token) }));
    expect(res.status).toBe(422);
    expect(await fieldsOf(res)).toContain('primary_image_url');
  });

  it('keeps writes admin-only: 401 without a token, 403 for a customer', async () => {
    const customer = await registerUser();
    const p = await createProduct(admin.access_token);
    const attempts: [string, RequestInit][] = [
      ['/api/products', json(productBody())],
      [`/api/products/${p.id}`, json({ price: 1 }, { method: 'PUT' })],
      [`/api/products/${p.id}`, { method: 'DELETE' }],
    ];
    for (const [path, init] of attempts) {
      expect((await api(path, init)).status).toBe(401);
      const asCustomer = await api(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...bearer(customer.access_token) } });
      expect(asCustomer.status).toBe(403);
    }
    const row = await testDb().selectFrom('products').select(['price_cents', 'deleted_at']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ price_cents: '19999', deleted_at: null });
  });

  it('answers 404 for unknown products and 422 for a malformed id', async () => {
    expect((await api('/api/products/999999999')).status).toBe(404);
    expect((await api('/api/products/no-such-slug-here')).status).toBe(404);
    expect((await api('/api/products/abc', json({ price: 1 }, { method: 'PUT', headers: bearer(admin.access_token) }))).status).toBe(422);
  });
});
