import { type SupabaseClient, createClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession } from '../../../test/worker/db';
import { api, bearer, json, type Session, testEnv } from '../../../test/worker/helpers';

// Admin stock edits reach a product page live: a supabase-js subscriber on the product's topic.
let admin: Session;
const clients: SupabaseClient[] = [];
beforeAll(async () => {
  admin = await adminSession();
});
afterAll(async () => {
  for (const c of clients) await c.removeAllChannels();
});

async function listen(productId: number) {
  const client = createClient(testEnv.SUPABASE_URL!, testEnv.SUPABASE_API_KEY!, { auth: { persistSession: false, autoRefreshToken: false } });
  clients.push(client);
  const got: Record<string, unknown>[] = [];
  const channel = client.channel(`product:${productId}`).on('broadcast', { event: 'stock' }, (m) => got.push(m.payload));
  await new Promise<void>((resolve, reject) =>
    channel.subscribe((status, err) => (status === 'SUBSCRIBED' ? resolve() : status === 'CHANNEL_ERROR' || status === 'TIMED_OUT' ? reject(err ?? new Error(status)) : undefined)),
  );
  return got;
}

describe('stock broadcasts from admin edits', () => {
  it("broadcasts a product's new stock level", async () => {
    const p = await createProduct(admin.access_token, { stock_quantity: 3 });
    const got = await listen(p.id);
    expect((await api(`/api/products/${p.id}`, json({ stock_quantity: 9 }, { method: 'PUT', headers: bearer(admin.access_token) }))).status).toBe(200);
    await vi.waitFor(() => expect(got).toHaveLength(1), { timeout: 5_000 });
    expect(got[0]).toMatchObject({ product_id: p.id, variant_id: null, stock_quantity: 9 });
  });

  it("broadcasts a variant's stock and the product's new total", async () => {
    const p = await createProduct(admin.access_token);
    const v = (await (await api(`/api/products/${p.id}/variants`, json({ sku: `${p.sku}-V`, name: 'V', stock_quantity: 2 }, { headers: bearer(admin.access_token) }))).json()) as any;
    const got = await listen(p.id);
    await api(`/api/products/${p.id}/variants/${v.id}`, json({ stock_quantity: 5 }, { method: 'PUT', headers: bearer(admin.access_token) }));
    await vi.waitFor(() => expect(got).toHaveLength(2), { timeout: 5_000 });
    expect(got).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ product_id: p.id, variant_id: v.id, stock_quantity: 5 }),
        expect.objectContaining({ product_id: p.id, variant_id: null, stock_quantity: 5 }),
      ]),
    );
  });
});
