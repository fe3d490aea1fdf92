import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { api, testEnv, unique } from '../../../test/worker/helpers';
import { indexNow, insertProduct, type SearchBody, searchPath } from '../../../test/worker/search';

const search = async (q: string, params: Record<string, string | number | boolean> = {}) => {
  const res = await api(searchPath(q, params));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as SearchBody;
};

describe('GET /api/search/products: security', () => {
  it('treats SQL and tsquery syntax in q as plain words', async () => {
    const category = unique('kettles');
    const id = await insertProduct({ name: 'Gooseneck Kettle', category, tags: ['kettle', 'coffee'] });
    await indexNow([id]);
    for (const q of [`'; drop table products; --`, 'kettle & | ! ( ) : * <->', '"kettle', 'kettle\\', '%_%']) {
      await search(q, { category });
    }
    expect((await search(`kettle' or 1=1 --`, { category })).data.map((p) => p.id)).toEqual([id]);
    expect(await testDb().selectFrom('products').select('id').where('id', '=', id).executeTakeFirst()).toEqual({ id });
  });

  it('never returns unlisted products, even while their embeddings linger', async () => {
    const category = unique('clocks');
    const hidden = await insertProduct({ name: 'Oak Wall Clock', category, tags: ['clock', 'wall'] });
    const deleted = await insertProduct({ name: 'Walnut Wall Clock', category, tags: ['clock', 'wall'] });
    const shown = await insertProduct({ name: 'Brass Wall Clock', category, tags: ['clock', 'wall'] });
    await indexNow([hidden, deleted, shown]);
    // Unlisted after indexing, before the queue catches up: hydration in Neon must still drop them.
    await testDb().updateTable('products').set({ is_active: false }).where('id', '=', hidden).execute();
    await testDb().updateTable('products').set({ deleted_at: new Date() }).where('id', '=', deleted).execute();
    const body = await search('wall clock', { category, limit: 50 });
    expect(body.data.map((p) => p.id)).toEqual([shown]);
  });

  it('removes the embeddings of unlisted products when they are reindexed', async () => {
    const category = unique('rugs');
    const id = await insertProduct({ name: 'Wool Area Rug', category, tags: ['rug', 'wool'] });
    await indexNow([id]);
    const stored = () => countEmbeddings(id);
    expect(await stored()).toBe(1);
    await testDb().updateTable('products').set({ is_active: false }).where('id', '=', id).execute();
    await indexNow([id]);
    expect(await stored()).toBe(0);
    await testDb().deleteFrom('products').where('id', '=', id).execute();
    await indexNow([id]);
    expect(await stored()).toBe(0);
  });

  it('exposes no admin-only fields and no dependency details', async () => {
    const category = unique('mugs');
    const id = await insertProduct({ name: 'Stoneware Mug', category, tags: ['mug'] });
    await indexNow([id]);
    const res = await api(searchPath('mug', { category }));
    const text = await res.text();
    expect(text).not.toMatch(/cost_price|embedding|content_hash|supabase|openrouter/i);
    expect(res.headers.get('Cache-Control')).toMatch(/^public/);
  });
});

/** Embeddings stored for a product, read from the Supabase stand-in the way PostgREST serves them. */
async function countEmbeddings(productId: number): Promise<number> {
  const res = await fetch(`${testEnv.SUPABASE_URL}/rest/v1/product_embeddings?select=product_id&product_id=eq.${productId}`, {
    headers: { apikey: testEnv.SUPABASE_API_KEY!, Authorization: `Bearer ${testEnv.SUPABASE_API_KEY}` },
  });
  return ((await res.json()) as unknown[]).length;
}
