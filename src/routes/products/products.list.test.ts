import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession } from '../../../test/worker/db';
import { api, bearer, type Session, unique } from '../../../test/worker/helpers';

let admin: Session;
const category = unique('cat-');
const list = async (query: string, headers: Record<string, string> = {}) => {
  const res = await api(`/api/products?category=${category}&${query}`, { headers });
  return { status: res.status, body: (await res.json()) as any, res };
};
const names = (body: any) => body.data.map((p: any) => p.name);

beforeAll(async () => {
  admin = await adminSession();
  const specs: [string, number, string, string[], number, boolean][] = [
    ['Alpha Lamp', 10, 'Lumen', ['home', 'light'], 5, false],
    ['Bravo Kettle', 35.5, 'Acme', ['kitchen'], 0, true],
    ['Charlie Laptop Sleeve', 25, 'Acme', ['laptop', 'travel'], 12, false],
    ['Delta Desk', 250, 'Oakline', ['office'], 3, true],
    ['Echo Mug', 12.99, 'Lumen', ['kitchen', 'coffee'], 40, false],
  ];
  // Sequential, so "newest" order is the reverse of this list.
  for (const [name, price, brand, tags, stock, featured] of specs) {
    await createProduct(admin.access_token, { name, price, compare_at_price: null, brand, tags, stock_quantity: stock, is_featured: featured, category, description: `${name} by ${brand}` });
  }
});

describe('GET /api/products', () => {
  it('filters by brand, price range, tags (any of), featured and stock', async () => {
    expect(names((await list('brand=Acme')).body).sort()).toEqual(['Bravo Kettle', 'Charlie Laptop Sleeve']);
    expect(names((await list('min_price=12.99&max_price=35.5&sort=price_asc')).body)).toEqual(['Echo Mug', 'Charlie Laptop Sleeve', 'Bravo Kettle']);
    expect(names((await list('tags=coffee,office&sort=name')).body)).toEqual(['Delta Desk', 'Echo Mug']);
    expect(names((await list('is_featured=true&sort=name')).body)).toEqual(['Bravo Kettle', 'Delta Desk']);
    expect(names((await list('in_stock=false')).body)).toEqual(['Bravo Kettle']);
    expect(names((await list('in_stock=true&brand=Lumen&sort=name')).body)).toEqual(['Alpha Lamp', 'Echo Mug']);
  });

  it('sorts by newest, price both ways and name', async () => {
    expect(names((await list('')).body)).toEqual(['Echo Mug', 'Delta Desk', 'Charlie Laptop Sleeve', 'Bravo Kettle', 'Alpha Lamp']);
    expect(names((await list('sort=price_desc')).body)).toEqual(['Delta Desk', 'Bravo Kettle', 'Charlie Laptop Sleeve', 'Echo Mug', 'Alpha Lamp']);
    expect(names((await list('sort=name')).body)).toEqual(['Alpha Lamp', 'Bravo Kettle', 'Charlie Laptop Sleeve', 'Delta Desk', 'Echo Mug']);
  });

  it('searches full text with relevance', async () => {
    const { body } = await list('q=laptop');
    expect(names(body)).toEqual(['Charlie Laptop Sleeve']);
    expect((await list('q=kettle OR mug')).body.data).toHaveLength(2);
    expect((await list('sort=relevance')).status).toBe(422);
  });

  it('pages with keyset cursors through every product exactly once, for each sort', async () => {
    for (const sort of ['newest', 'price_asc', 'price_desc', 'name']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const { body } = await list(`sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...names(body));
        cursor = body.next_cursor;
      } while (cursor);
      expect(seen, sort).toHaveLength(5);
      expect(new Set(seen).size, sort).toBe(5);
    }
  });

  it('refuses a tampered cursor, a cursor of another sort and bad parameters', async () => {
    const { body } = await list('sort=price_asc&limit=2');
    const cursor: string = body.next_cursor;
    const [payload, mac] = cursor.split('.');
    const json = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/')));
    const forged = btoa(JSON.stringify({ ...json, k: ['0', 1] })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    for (const bad of [`${forged}.${mac}`, `${payload}.${mac!.slice(0, -2)}AA`, 'nonsense']) {
      const r = await list(`sort=price_asc&cursor=${bad}`);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('invalid_cursor');
    }
    const other = await list(`sort=name&cursor=${cursor}`);
    expect(other.status).toBe(400);
    expect(other.body.error.code).toBe('invalid_cursor');
    for (const q of ['limit=101', 'min_price=5&max_price=1', 'sort=random', 'in_stock=maybe', 'min_price=1.234']) {
      expect((await list(q)).status, q).toBe(422);
    }
  });

  it('shows inactive products only to admins who ask', async () => {
    const hidden = await createProduct(admin.access_token, { category, name: 'Zulu Hidden', is_active: false });
    expect(names((await list('sort=name')).body)).not.toContain('Zulu Hidden');
    const customer = (await import('../../../test/worker/helpers')).registerUser;
    const c = await customer();
    expect((await list('include_inactive=true', bearer(c.access_token))).status).toBe(403);
    expect((await list('include_inactive=true')).status).toBe(403);
    const asAdmin = await list('include_inactive=true&sort=name', bearer(admin.access_token));
    expect(names(asAdmin.body)).toContain('Zulu Hidden');
    expect(asAdmin.res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(hidden.is_active).toBe(false);
  });

  it('sends ETag and Cache-Control, and answers a matching If-None-Match with 304', async () => {
    const first = await list('sort=name');
    const etag = first.res.headers.get('ETag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.res.headers.get('Cache-Control')).toContain('public');
    const again = await api(`/api/products?category=${category}&sort=name`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});
