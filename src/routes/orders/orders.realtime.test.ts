import { type RealtimeChannel, type SupabaseClient, createClient } from '@supabase/supabase-js';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../lib/create-app';
import { registerRoutes } from '..';
import { BASE, bearer, captureLogs, json, testEnv } from '../../../test/worker/helpers';
import { addItem, checkout, makeAdmin, makeProduct, makeUser, setStatus } from '../../../test/worker/shop';

// A subscriber made with supabase-js inside workerd (which has WebSocket), on the Supabase stand-in
// the Worker broadcasts to: the whole path from an API call to a browser-like client.

const clients: SupabaseClient[] = [];
afterAll(async () => {
  for (const c of clients) await c.removeAllChannels();
});

function listen(topic: string, event: string) {
  const client = createClient(testEnv.SUPABASE_URL!, testEnv.SUPABASE_API_KEY!, { auth: { persistSession: false, autoRefreshToken: false } });
  clients.push(client);
  const got: { type: string; event: string; payload: Record<string, unknown> }[] = [];
  const channel: RealtimeChannel = client.channel(topic).on('broadcast', { event }, (m) => got.push(m as (typeof got)[number]));
  const ready = new Promise<void>((resolve, reject) =>
    channel.subscribe((status, err) => {
      if (status === 'SUBSCRIBED') resolve();
      else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT') reject(err ?? new Error(status));
    }),
  );
  return { got, ready };
}

describe('live updates', () => {
  it("broadcasts an order's status change to its owner's topic, and the restock to the product's", async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct({ stock: 7 });
    await addItem(me, { product_id: p.id, quantity: 2 });
    const order = (await checkout(me)).body;
    const status = listen(order.realtime_topic, 'status');
    const stock = listen(`product:${p.id}`, 'stock');
    await Promise.all([status.ready, stock.ready]);

    const shipped = await setStatus(admin.token, order.id, { status: 'cancelled', note: 'Out of stock at the warehouse' });
    expect(shipped.res.status).toBe(200);
    await vi.waitFor(() => expect(status.got).toHaveLength(1), { timeout: 5_000 });
    expect(status.got[0]).toEqual({
      type: 'broadcast',
      event: 'status',
      payload: expect.objectContaining({ order_id: order.id, order_number: order.order_number, status: 'cancelled', previous_status: 'pending', payment_status: 'voided', fulfillment_status: 'cancelled' }),
    });
    await vi.waitFor(() => expect(stock.got).toHaveLength(1), { timeout: 5_000 });
    expect(stock.got[0]!.payload).toEqual({ product_id: p.id, variant_id: null, stock_quantity: 7, in_stock: true });
  });

  it('broadcasts the stock left after a checkout, per product and per variant', async () => {
    const me = await makeUser();
    const p = await makeProduct({ variants: [{ stock: 1 }, { stock: 4 }] });
    const stock = listen(`product:${p.id}`, 'stock');
    await stock.ready;
    await addItem(me, { product_id: p.id, variant_id: p.variants[0]!.id, quantity: 1 });
    expect((await checkout(me)).res.status).toBe(201);
    await vi.waitFor(() => expect(stock.got).toHaveLength(2), { timeout: 5_000 });
    expect(stock.got.map((m) => m.payload)).toEqual(
      expect.arrayContaining([
        { product_id: p.id, variant_id: null, stock_quantity: 4, in_stock: true },
        { product_id: p.id, variant_id: p.variants[0]!.id, stock_quantity: 0, in_stock: false },
      ]),
    );
  });

  it('never fails the request when the broadcast fails', async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct();
    await addItem(me, { product_id: p.id });
    const order = (await checkout(me)).body;
    // The same app, with Supabase pointing at a closed port.
    const app = registerRoutes(createApp());
    const ctx = createExecutionContext();
    const { result, lines } = await captureLogs(async () => {
      const res = await app.request(`${BASE}/api/orders/${order.id}/status`, json({ status: 'confirmed' }, { method: 'PUT', headers: bearer(admin.token) }), { ...testEnv, SUPABASE_URL: 'http://127.0.0.1:9' }, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    });
    expect(result.status).toBe(200);
    expect(((await result.json()) as any).status).toBe('confirmed');
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'background task failed: realtime order broadcast' }));
  });
});
