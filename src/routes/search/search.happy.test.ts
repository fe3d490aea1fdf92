import { describe, expect, it } from 'vitest';
import { api, unique } from '../../../test/worker/helpers';
import { indexNow, insertProduct, type SearchBody, searchPath } from '../../../test/worker/search';

const search = async (q: string, params: Record<string, string | number | boolean> = {}) => {
  const res = await api(searchPath(q, params));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as SearchBody;
};

describe('GET /api/search/products: happy paths', () => {
  it('finds a product by meaning when it shares no keyword with the query', async () => {
    const category = unique('bags');
    const caseId = await insertProduct({
      name: 'Notebook Carrying Case',
      category,
      brand: 'Kestrel',
      tags: ['laptop', 'sleeve', 'travel'],
      description: 'A padded carrying case that protects 13 to 16 inch laptops on the go.',
      alt_texts: ['Notebook carrying case, front view'],
    });
    const messengerId = await insertProduct({
      name: 'Laptop Messenger Bag',
      category,
      tags: ['laptop', 'bag', 'commute'],
      description: 'A waxed canvas messenger bag with a padded laptop compartment.',
    });
    const skilletId = await insertProduct({ name: 'Cast Iron Skillet', category, tags: ['cooking'], description: 'Sears steaks evenly.' });
    await indexNow([caseId, messengerId, skilletId]);

    const body = await search('  Laptop   BAG ', { category });
    expect(body.meta.mode).toBe('hybrid');
    expect(Number.isInteger(body.meta.took_ms)).toBe(true);
    const ids = body.data.map((p) => p.id);
    // Full text alone ('laptop' & 'bag') cannot find the case: it never says "bag".
    expect(body.data.find((p) => p.id === caseId)?.match).toBe('semantic');
    // Found both ways, the messenger bag ranks first.
    expect(body.data[0]).toMatchObject({ id: messengerId, match: 'both' });
    expect(ids).not.toContain(skilletId);
    expect(body.data[0]!.score).toBeGreaterThan(body.data[1]!.score);
  });

  it('answers with the list summary fields, a score and how each product matched', async () => {
    const category = unique('audio');
    const id = await insertProduct({ name: 'Studio Monitor Headphones', category, tags: ['audio', 'headphones'], price_cents: 12999, stock: 0 });
    await indexNow([id]);
    const body = await search('studio headphones', { category });
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({
      id,
      name: 'Studio Monitor Headphones',
      price: 129.99,
      in_stock: false,
      stock_quantity: 0,
      category,
      tags: ['audio', 'headphones'],
      match: 'both',
    });
    expect(body.data[0]).toHaveProperty('thumbnail_url');
    expect(body.data[0]).not.toHaveProperty('cost_price');
  });

  it('applies category, price range and stock filters to both rankings', async () => {
    const category = unique('shoes');
    const make = (name: string, price_cents: number, stock = 5) =>
      insertProduct({ name, category, price_cents, stock, tags: ['running', 'shoes', 'trail'], description: 'Grippy trail running shoes.' });
    const cheap = await make('Trail Running Shoes Lite', 4999);
    const mid = await make('Trail Running Shoes Pro', 9999);
    const dear = await make('Trail Running Shoes Elite', 19999);
    const soldOut = await make('Trail Running Shoes Classic', 8999, 0);
    const elsewhere = await insertProduct({ name: 'Trail Running Shoes Other Shop', category: unique('other'), tags: ['running', 'shoes'] });
    await indexNow([cheap, mid, dear, soldOut, elsewhere]);

    const all = (await search('trail running shoes', { category })).data.map((p) => p.id);
    expect(all.sort()).toEqual([cheap, mid, dear, soldOut].sort());
    const ranged = (await search('trail running shoes', { category, min_price: 50, max_price: 150 })).data.map((p) => p.id);
    expect(ranged.sort()).toEqual([mid, soldOut].sort());
    const inStock = (await search('trail running shoes', { category, in_stock: true })).data.map((p) => p.id);
    expect(inStock.sort()).toEqual([cheap, mid, dear].sort());
    const soldOutOnly = (await search('trail running shoes', { category, in_stock: false })).data.map((p) => p.id);
    expect(soldOutOnly).toEqual([soldOut]);
    const limited = await search('trail running shoes', { category, limit: 2 });
    expect(limited.data).toHaveLength(2);
  });

  it('serves a repeated query from the result cache with the same answer', async () => {
    const category = unique('lamps');
    const id = await insertProduct({ name: 'Brass Desk Lamp', category, tags: ['lighting', 'desk'] });
    await indexNow([id]);
    const first = await search('desk lamp', { category });
    const again = await search('DESK   lamp', { category });
    expect(again.data).toEqual(first.data);
    expect(again.meta.mode).toBe(first.meta.mode);
  });

  it('counts facets over the keyword matches beside the results (facets=)', async () => {
    const category = unique('facet-search');
    const word = unique('zyphor').replace(/[^a-z]/g, '');
    await insertProduct({ name: `${word} lantern`, category, brand: 'Kestrel', tags: ['camp'], description: 'A lantern.' });
    await insertProduct({ name: `${word} stove`, category, brand: 'Kestrel', tags: ['camp', 'cook'], description: 'A stove.' });
    await insertProduct({ name: `${word} mug`, category, brand: 'Harbor', tags: ['cook'], description: 'A mug.' });
    const body = (await search(word, { category, facets: 'brand,tags,in_stock' })) as SearchBody & { facets: Record<string, { value: unknown; count: number }[]> };
    expect(body.data).toHaveLength(3);
    const counts = (l: { value: unknown; count: number }[]) => Object.fromEntries(l.map((v) => [String(v.value), v.count]));
    expect(counts(body.facets.brand!)).toEqual({ Kestrel: 2, Harbor: 1 });
    expect(counts(body.facets.tags!)).toEqual({ camp: 2, cook: 2 });
    const none = (await search(`${word} nothingmatches`, { category, facets: 'brand' })) as SearchBody & { facets: Record<string, unknown[]> };
    expect(none.facets.brand).toEqual([]);
  });
});
