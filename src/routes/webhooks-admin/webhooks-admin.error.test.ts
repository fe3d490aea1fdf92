import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { deliverAt, dropEndpoints, type Endpoint, eventsOf, makeEndpoint, quietly } from '../../../test/worker/events';
import { api, BASE, bearer, json, testEnv } from '../../../test/worker/helpers';
import { addItem, checkoutBody, makeAdmin, makeProduct, makeUser } from '../../../test/worker/shop';
import { createApp } from '../../lib/create-app';
import { registerRoutes } from '..';
import { seal } from '../../lib/sealed';
import { newWebhookSecret } from '../../events/signing';

const admin = await makeAdmin();
const endpoints: Endpoint[] = [];
afterEach(() => dropEndpoints(admin.token, endpoints));

const call = (path: string, init: RequestInit = {}) => api(path, { ...init, headers: { ...bearer(admin.token), ...(init.headers as Record<string, string>) } });
const create = (body: unknown) => call('/api/admin/webhooks', json(body));
const good = { url: 'https://erp.example.com/hooks', topics: ['order.created'] };

async function refusedUrl(res: Response) {
  expect(res.status).toBe(422);
  const body = (await res.json()) as { error: { code: string; details: { path: string; message: string }[] } };
  expect(body.error.code).toBe('validation_failed');
  expect(body.error.details.map((d) => d.path)).toContain('url');
  return body.error.details.find((d) => d.path === 'url')!.message;
}

/** The app in production mode: only https to public addresses. */
async function production(path: string, init: RequestInit) {
  const ctx = createExecutionContext();
  const res = await registerRoutes(createApp()).request(`${BASE}${path}`, init, { ...testEnv, ENVIRONMENT: 'production' }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('webhook endpoints (admin): refused input', () => {
  it.each([
    ['no url', { topics: ['order.created'] }],
    ['a url that is not one', { ...good, url: 'not a url' }],
    ['an ftp url', { ...good, url: 'ftp://example.com/x' }],
    ['a url past 2048 characters', { ...good, url: `https://example.com/${'a'.repeat(2050)}` }],
    ['no topics', { ...good, topics: [] }],
    ['an unknown topic', { ...good, topics: ['order.exploded'] }],
    ['an account mail topic (internal)', { ...good, topics: ['account.verify'] }],
    ['topics that are not strings', { ...good, topics: [1] }],
    ['a description past 500 characters', { ...good, description: 'x'.repeat(501) }],
    ['an unknown field', { ...good, secret: 'whsec_mine' }],
    ['a non-boolean active', { ...good, active: 'yes' }],
  ])('422 for %s', async (_what, body) => {
    const res = await create(body);
    expect(res.status).toBe(422);
    expect(((await res.json()) as any).error.code).toBe('validation_failed');
  });

  it('400 for malformed JSON; 422 for an empty change', async () => {
    const bad = await call('/api/admin/webhooks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"url": ' });
    expect(bad.status).toBe(400);
    const hook = await makeEndpoint(admin.token, ['product.deleted']);
    endpoints.push(hook);
    const empty = await call(`/api/admin/webhooks/${hook.id}`, json({}, { method: 'PUT' }));
    expect(empty.status).toBe(422);
  });

  it('refuses link-local and cloud-metadata targets everywhere, on create and on change', async () => {
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[fe80::1]/hook', 'http://metadata.google.internal/', 'http://2852039166/']) {
      expect(await refusedUrl(await create({ ...good, url }))).toMatch(/^refused: /);
    }
    const hook = await makeEndpoint(admin.token, ['product.deleted']);
    endpoints.push(hook);
    expect(await refusedUrl(await call(`/api/admin/webhooks/${hook.id}`, json({ url: 'http://169.254.169.254/' }, { method: 'PUT' })))).toMatch(/link-local/);
  });

  it('in production takes only https on public addresses', async () => {
    const post = (url: string) => production('/api/admin/webhooks', json({ ...good, url }, { headers: bearer(admin.token) }));
    expect(await refusedUrl(await post('http://93.184.216.34/hook'))).toBe('refused: must use https');
    for (const url of ['https://127.0.0.1/hook', 'https://10.0.0.8/hook', 'https://[::1]/hook', 'https://192.168.1.20/hook', 'https://100.64.0.1/hook', 'https://localhost/hook', 'https://db.internal/hook']) {
      expect(await refusedUrl(await post(url)), url).toMatch(/not a public/);
    }
    const ok = await post('https://93.184.216.34/hook');
    expect(ok.status).toBe(201);
    endpoints.push({ ...((await ok.json()) as Endpoint), name: 'public' });
  });

  it('checks the target again at send: a target refused since is dead-lettered without a request', async () => {
    // An endpoint that slipped past the checks (written straight to the database).
    const row = await testDb()
      .insertInto('webhook_endpoints')
      .values({ url: 'http://169.254.169.254/latest/meta-data/', topics: ['order.created'], secret_sealed: await seal(testEnv.JWT_SECRET!, 'webhook-secret', newWebhookSecret()) })
      .returning('id')
      .executeTakeFirstOrThrow();
    endpoints.push({ id: row.id, secret: '', name: 'metadata', url: '' });
    const me = await makeUser();
    const p = await makeProduct({ stock: 20 });
    await addItem(me, { product_id: p.id });
    const order = (await (await quietly('/api/orders', json(checkoutBody(), { headers: { ...bearer(me.token), 'Idempotency-Key': crypto.randomUUID() } }))).json()) as { id: number };
    const [event] = await eventsOf('order', order.id);
    await deliverAt(new Date(), [event!.id]);
    const delivery = await testDb().selectFrom('event_deliveries').selectAll().where('event_id', '=', event!.id).where('endpoint_id', '=', row.id).executeTakeFirstOrThrow();
    expect(delivery).toMatchObject({ status: 'dead', attempts: 1, response_status: null, response_ms: null });
    expect(delivery.error).toMatch(/^target refused: .*link-local/);
  });

  it('404 for an unknown endpoint or delivery, 409 to replay into a switched-off endpoint, 400 for a forged cursor', async () => {
    for (const [method, path] of [
      ['GET', '/api/admin/webhooks/2000000000'],
      ['PUT', '/api/admin/webhooks/2000000000'],
      ['DELETE', '/api/admin/webhooks/2000000000'],
      ['POST', '/api/admin/webhooks/2000000000/rotate-secret'],
      ['GET', '/api/admin/webhooks/2000000000/deliveries'],
      ['POST', '/api/admin/webhook-deliveries/2000000000/replay'],
    ] as const) {
      const res = await call(path, method === 'PUT' ? json({ active: true }, { method }) : { method });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await call('/api/admin/webhooks?cursor=forged.cursor')).status).toBe(400);
    expect((await call('/api/admin/webhooks/1/deliveries?status=lost')).status).toBe(422);

    const hook = await makeEndpoint(admin.token, ['order.created']);
    endpoints.push(hook);
    const me = await makeUser();
    const p = await makeProduct({ stock: 20 });
    await addItem(me, { product_id: p.id });
    const order = (await (await quietly('/api/orders', json(checkoutBody(), { headers: { ...bearer(me.token), 'Idempotency-Key': crypto.randomUUID() } }))).json()) as { id: number };
    const [event] = await eventsOf('order', order.id);
    await deliverAt(new Date(), [event!.id]);
    const delivery = await testDb().selectFrom('event_deliveries').select('id').where('event_id', '=', event!.id).where('endpoint_id', '=', hook.id).executeTakeFirstOrThrow();
    await call(`/api/admin/webhooks/${hook.id}`, json({ active: false }, { method: 'PUT' }));
    const replay = await call(`/api/admin/webhook-deliveries/${delivery.id}/replay`, { method: 'POST' });
    expect(replay.status).toBe(409);
    expect(((await replay.json()) as any).error.code).toBe('conflict');
  });
});
