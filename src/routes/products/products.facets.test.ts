import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession } from '../../../test/worker/db';
import { api, unique } from '../../../test/worker/helpers';

const category = unique('facet-cat-');
const list = async (query: string) => {
  const res = await api(`/api/products?category=${category}&${query}`);
  return { status: res.status, body: (await res.json()) as any };
};
const counts = (list: { value: unknown; count: number }[]) => Object.fromEntries(list.map((v) => [String(v.value), v.count]));

beforeAll(async () => {
  const admin = await adminSession();
  const specs: [string, number, string, string[], number][] = [
    ['Alpha Lamp', 10, 'Lumen', ['home', 'light'], 5],
    ['Bravo Kettle', 35.5, 'Acme', ['kitchen'], 0],
    ['Charlie Laptop Sleeve', 25, 'Acme', ['laptop', 'travel'], 12],
    ['Delta Desk', 250, 'Oakline', ['office'], 3],
    ['Echo Mug', 12.99, 'Lumen', ['kitchen', 'coffee'], 40],
  ];
  for (const [name, price, brand, tags, stock] of specs) {
    await createProduct(admin.access_token, { name, price, compare_at_price: null, brand, tags, stock_quantity: stock, category });
  }
});

describe('GET /api/products?facets=', () => {
  it('counts each facet beside the page, under the other filters', async () => {
    const { status, body } = await list('facets=brand,tags,price,in_stock,category&limit=2');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(2);
    expect(counts(body.facets.brand)).toEqual({ Lumen: 2, Acme: 2, Oakline: 1 });
    expect(counts(body.facets.tags)).toEqual({ home: 1, light: 1, kitchen: 2, laptop: 1, travel: 1, office: 1, coffee: 1 });
    expect(counts(body.facets.in_stock)).toEqual({ true: 4, false: 1 });
    expect(body.facets.price).toEqual([
      { min_price: 10, max_price: 19.99, count: 2 },
      { min_price: 20, max_price: 49.99, count: 2 },
      { min_price: 200, max_price: 499.99, count: 1 },
    ]);
    // The category facet leaves the category filter out: this category is one of the catalogue's.
    expect(body.facets.category.find((c: any) => c.value === category)).toMatchObject({ count: 5, parent: null });
  });

  it("leaves each facet's own filter out of its counts (choosing a brand still counts the others)", async () => {
    const { body } = await list('brand=Acme&facets=brand,in_stock,price');
    expect(body.data.map((p: any) => p.name).sort()).toEqual(['Bravo Kettle', 'Charlie Laptop Sleeve']);
    expect(counts(body.facets.brand)).toEqual({ Lumen: 2, Acme: 2, Oakline: 1 });
    expect(counts(body.facets.in_stock)).toEqual({ true: 1, false: 1 });
    expect(body.facets.price).toEqual([{ min_price: 20, max_price: 49.99, count: 2 }]);
  });

  it("selects a price band with the band's own bounds, and cuts bands with any others", async () => {
    const band = await list('min_price=20&max_price=49.99&facets=brand,price');
    expect(band.body.data).toHaveLength(2);
    expect(counts(band.body.facets.brand)).toEqual({ Acme: 2 });
    expect(band.body.facets.price).toHaveLength(3);
    const cut = await list('min_price=12&max_price=30&facets=brand');
    expect(counts(cut.body.facets.brand)).toEqual({ Lumen: 1, Acme: 1 });
  });

  it('answers an empty page with its counts, and only the facets asked for', async () => {
    const { body } = await list('brand=Nobody&facets=brand');
    expect(body.data).toEqual([]);
    expect(Object.keys(body.facets)).toEqual(['brand']);
    expect(counts(body.facets.brand)).toEqual({ Lumen: 2, Acme: 2, Oakline: 1 });
    expect((await list('')).body.facets).toBeUndefined();
  });

  it('counts the matches of a text query', async () => {
    const { body } = await list('q=kettle OR mug&facets=brand,tags');
    expect(counts(body.facets.brand)).toEqual({ Acme: 1, Lumen: 1 });
    expect(counts(body.facets.tags)).toEqual({ kitchen: 2, coffee: 1 });
  });

  it('refuses unknown facets', async () => {
    for (const q of ['facets=colour', 'facets=', 'facets=brand,nope']) expect((await list(q)).status, q).toBe(422);
  });
});
