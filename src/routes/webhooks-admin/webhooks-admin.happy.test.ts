import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { configureHook, deliverAt, dropEndpoints, type Endpoint, eventsOf, makeEndpoint, privateEvent, quietly, receivedAt, receiverUrl } from '../../../test/worker/events';
import { api, bearer, json } from '../../../test/worker/helpers';
import { addItem, checkoutBody, makeAdmin, makeProduct, makeUser } from '../../../test/worker/shop';

const admin = await makeAdmin();
const endpoints: Endpoint[] = [];
afterEach(() => dropEndpoints(admin.token, endpoints));

const call = (path: string, init: RequestInit = {}) => api(path, { ...init, headers: { ...bearer(admin.token), ...(init.headers as Record<string, string>) } });
const put = (id: number, body: unknown) => call(`/api/admin/webhooks/${id}`, json(body, { method: 'PUT' }));

async function quietEvent() {
  const me = await makeUser();
  const p = await makeProduct({ stock: 50 });
  await addItem(me, { product_id: p.id });
  const res = await quietly('/api/orders', json(checkoutBody(), { headers: { ...bearer(me.token), 'Idempotency-Key': crypto.randomUUID() } }));
  const order = (await res.json()) as { id: number };
  return (await eventsOf('order', order.id))[0]!;
}

describe('webhook endpoints (admin): happy paths', () => {
  it('creates, reads, lists, changes and deletes an endpoint; the secret shows only at creation', async () => {
    const url = `${receiverUrl()}/hooks/admin-crud`;
    const created = await call('/api/admin/webhooks', json({ url, topics: ['order.*', 'inventory.low', 'order.*'], description: 'ERP' }));
    expect(created.status).toBe(201);
    const body = (await created.json()) as any;
    expect(body).toMatchObject({ url, topics: ['order.*', 'inventory.low'], description: 'ERP', active: true, failing_since: null, disabled_at: null, previous_secret_expires_at: null });
    expect(body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    endpoints.push({ id: body.id, secret: body.secret, name: 'a', url });
    // Stored sealed, never in clear.
    const row = await testDb().selectFrom('webhook_endpoints').select('secret_sealed').where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row.secret_sealed).not.toContain(body.secret.slice(6));

    const got = (await (await call(`/api/admin/webhooks/${body.id}`)).json()) as any;
    expect(got).toEqual({ ...body, secret: undefined, secret_sealed: undefined });
    expect(JSON.stringify(got)).not.toContain(body.secret);

    const changed = await put(body.id, { topics: ['*'], description: null, active: false });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ topics: ['*'], description: null, active: false });

    const second = await makeEndpoint(admin.token, ['product.created']);
    endpoints.push(second);
    const page1 = (await (await call('/api/admin/webhooks?limit=1')).json()) as any;
    expect(page1.data.map((e: any) => e.id)).toEqual([second.id]);
    const page2 = (await (await call(`/api/admin/webhooks?limit=1&cursor=${page1.next_cursor}`)).json()) as any;
    expect(page2.data[0].id).toBeLessThan(second.id);

    expect((await call(`/api/admin/webhooks/${body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/api/admin/webhooks/${body.id}`)).status).toBe(404);
  });

  it('rotates the secret: for 24 hours deliveries are signed with both, and either verifies', async () => {
    const hook = await makeEndpoint(admin.token, ['order.created']);
    endpoints.push(hook);
    const rotated = await call(`/api/admin/webhooks/${hook.id}/rotate-secret`, { method: 'POST' });
    expect(rotated.status).toBe(200);
    const { secret, previous_secret_expires_at } = (await rotated.json()) as { secret: string; previous_secret_expires_at: string };
    expect(secret).not.toBe(hook.secret);
    expect(Date.parse(previous_secret_expires_at) - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    expect(((await (await call(`/api/admin/webhooks/${hook.id}`)).json()) as any).previous_secret_expires_at).toBe(previous_secret_expires_at);

    const event = await quietEvent();
    await deliverAt(new Date(), [event.id]);
    const [got] = (await receivedAt(hook.name)).filter((d) => d.webhook_id === event.id);
    // The receiver still holds the old secret, and verified it.
    expect(got).toMatchObject({ verified: true, status: 200 });
    expect(got!.webhook_signature!.split(' ')).toHaveLength(2);
    const headers = { 'webhook-id': got!.webhook_id!, 'webhook-timestamp': got!.webhook_timestamp!, 'webhook-signature': got!.webhook_signature! };
    expect(() => new Webhook(secret).verify(got!.body, headers)).not.toThrow();
    expect(() => new Webhook(hook.secret).verify(got!.body, headers)).not.toThrow();

    // After the window only the new secret signs.
    const later = await quietEvent();
    await configureHook(hook.name, { secret });
    await deliverAt(new Date(Date.parse(previous_secret_expires_at) + 1_000), [later.id]);
    const row = (await testDb().selectFrom('event_deliveries').selectAll().where('event_id', '=', later.id).where('endpoint_id', '=', hook.id).executeTakeFirstOrThrow());
    expect(row.attempts).toBe(1);
    const [last] = (await receivedAt(hook.name)).filter((d) => d.webhook_id === later.id);
    expect(last!.webhook_signature!.split(' ')).toHaveLength(1);
  });

  it('an endpoint failing every delivery for 3 days is switched off, an event says so, and it can come back', async () => {
    const hook = await makeEndpoint(admin.token, ['inventory.low']);
    endpoints.push(hook);
    await configureHook(hook.name, { fail: { status: 500 } });
    const watcher = await makeEndpoint(admin.token, ['webhook_endpoint.disabled']);
    endpoints.push(watcher);
    // Events for this endpoint alone, so that driving the clock three days ahead touches nothing else.
    const t0 = new Date();
    const first = await privateEvent(hook.id, t0);
    await deliverAt(t0, [first]);
    expect((await (await call(`/api/admin/webhooks/${hook.id}`)).json()) as any).toMatchObject({ active: true, failing_since: expect.any(String) });

    const later = new Date(t0.getTime() + 3 * 86_400_000 + 60_000);
    const second = await privateEvent(hook.id, later);
    await deliverAt(later, [second]);
    const off = (await (await call(`/api/admin/webhooks/${hook.id}`)).json()) as any;
    expect(off).toMatchObject({ active: false, disabled_at: expect.any(String), disabled_reason: expect.stringMatching(/^Every delivery failed since /) });
    const [disabled] = await eventsOf('webhook_endpoint', hook.id);
    expect(disabled).toMatchObject({ type: 'webhook_endpoint.disabled', data: { endpoint: expect.objectContaining({ id: hook.id, url: hook.url }) } });
    // Its retries are dead-lettered, visible in the log.
    const log = (await (await call(`/api/admin/webhooks/${hook.id}/deliveries?status=dead`)).json()) as any;
    expect(log.data.find((d: any) => d.event_id === first)).toMatchObject({ status: 'dead', error: 'endpoint disabled', attempts: 1 });
    // The watcher is told.
    await deliverAt(new Date(), [disabled!.id]);
    expect((await receivedAt(watcher.name)).filter((d) => d.json?.type === 'webhook_endpoint.disabled' && d.json.data.endpoint.id === hook.id)).toHaveLength(1);

    const back = await put(hook.id, { active: true });
    expect(await back.json()).toMatchObject({ active: true, disabled_at: null, disabled_reason: null, failing_since: null });
  });
});
