import { afterEach, describe, expect, it, vi } from 'vitest';
import { capturingQueue } from '../../test/worker/events';
import { bearer, json } from '../../test/worker/helpers';
import { countingClient } from '../../test/worker/round-trips';
import { addItem, checkoutBody, makeAdmin, makeProduct, makeUser } from '../../test/worker/shop';

// What events cost the request path, counted at the 'events' set of stand-ins (this file's own) and at
// the Worker's fetch: the events come back in the write's own round trip and are enqueued after the
// response; mail and webhooks leave from the queue consumer, never from the request.

const client = countingClient('events');
afterEach(() => vi.restoreAllMocks());

async function measured(path: string, init: RequestInit) {
  const queue = capturingQueue();
  const origins: string[] = [];
  const real = globalThis.fetch;
  await client.reset();
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, options) => {
    origins.push(new URL(input instanceof Request ? input.url : String(input)).origin);
    return real(input, options);
  });
  const res = await client.request(path, init, { EVENTS_QUEUE: queue });
  vi.restoreAllMocks();
  const body = (await res.json()) as any;
  const hosts = { neon: new URL(client.env.NEON_HTTP_ENDPOINT!).origin, upstash: client.env.UPSTASH_REDIS_REST_URL!, supabase: client.env.SUPABASE_URL! };
  const named = origins.map((o) => Object.entries(hosts).find(([, h]) => new URL(h).origin === o)?.[0] ?? o);
  return { status: res.status, body, counts: await client.counts(), calls: named.sort(), enqueued: queue.sent };
}

describe('events on the request path', () => {
  it('checkout: 1 database round trip as before; its order.created enqueued after the response; no mail, no webhook', async () => {
    const me = await makeUser();
    const p = await makeProduct({ stock: 20 });
    await addItem(me, { product_id: p.id, quantity: 2 });
    const r = await measured('/api/orders', json(checkoutBody(), { headers: { ...bearer(me.token), 'Idempotency-Key': crypto.randomUUID() } }));
    expect(r.status).toBe(201);
    expect({ db: r.counts.db, redis: r.counts.redis, supabase: r.counts.supabase }).toEqual({ db: 1, redis: 1, supabase: 1 });
    // Every outbound request of the request, background work included: the database, the cache bump,
    // the stock broadcast. Nothing to Resend or to any webhook endpoint.
    expect(r.calls).toEqual(['neon', 'supabase', 'upstash']);
    expect(r.enqueued).toEqual([{ event_id: expect.stringMatching(/^evt_/) }]);
  });

  it('an admin status change (shipping): 1 round trip; status_changed and shipped enqueued; one broadcast', async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct({ stock: 20 });
    await addItem(me, { product_id: p.id });
    const placed = await client.request('/api/orders', json(checkoutBody(), { headers: { ...bearer(me.token), 'Idempotency-Key': crypto.randomUUID() } }), { EVENTS_QUEUE: capturingQueue() });
    const order = (await placed.json()) as { id: number };
    for (const status of ['confirmed', 'processing']) {
      await client.request(`/api/orders/${order.id}/status`, json({ status }, { method: 'PUT', headers: bearer(admin.token) }), { EVENTS_QUEUE: capturingQueue() });
    }
    const r = await measured(`/api/orders/${order.id}/status`, json({ status: 'shipped', carrier: 'UPS', tracking_number: '1Z999' }, { method: 'PUT', headers: bearer(admin.token) }));
    expect(r.status).toBe(200);
    expect({ db: r.counts.db, redis: r.counts.redis, supabase: r.counts.supabase }).toEqual({ db: 1, redis: 0, supabase: 1 });
    expect(r.calls).toEqual(['neon', 'supabase']);
    expect(r.enqueued).toHaveLength(2);
  });
});
