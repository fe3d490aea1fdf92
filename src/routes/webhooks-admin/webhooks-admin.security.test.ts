import { afterEach, describe, expect, it, vi } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { deliveriesOf, dropEndpoints, type Endpoint, eventsOf, makeEndpoint, receivedAt } from '../../../test/worker/events';
import { api, bearer, json, registerUser } from '../../../test/worker/helpers';
import { makeAdmin, makeUser } from '../../../test/worker/shop';

const admin = await makeAdmin();
const endpoints: Endpoint[] = [];
afterEach(() => dropEndpoints(admin.token, endpoints));

const ROUTES: [string, string][] = [
  ['POST', '/api/admin/webhooks'],
  ['GET', '/api/admin/webhooks'],
  ['GET', '/api/admin/webhooks/1'],
  ['PUT', '/api/admin/webhooks/1'],
  ['DELETE', '/api/admin/webhooks/1'],
  ['POST', '/api/admin/webhooks/1/rotate-secret'],
  ['GET', '/api/admin/webhooks/1/deliveries'],
  ['POST', '/api/admin/webhook-deliveries/1/replay'],
];

describe('webhook endpoints (admin): security', () => {
  it('every route wants an admin: 401 without a token, 403 for a customer', async () => {
    const customer = await makeUser();
    for (const [method, path] of ROUTES) {
      const body = method === 'POST' || method === 'PUT' ? JSON.stringify({ url: 'https://x.example/h', topics: ['*'] }) : undefined;
      const anonymous = await api(path, { method, body, headers: { 'content-type': 'application/json' } });
      expect(anonymous.status, `${method} ${path}`).toBe(401);
      const other = await api(path, { method, body, headers: { 'content-type': 'application/json', ...bearer(customer.token) } });
      expect(other.status, `${method} ${path}`).toBe(403);
    }
    expect(await testDb().selectFrom('webhook_endpoints').select('id').where('url', '=', 'https://x.example/h').execute()).toEqual([]);
  });

  it('never shows a secret again: not in reads, lists, changes or the delivery log', async () => {
    const hook = await makeEndpoint(admin.token, ['*']);
    endpoints.push(hook);
    const key = hook.secret.slice('whsec_'.length);
    for (const path of [`/api/admin/webhooks/${hook.id}`, '/api/admin/webhooks?limit=100', `/api/admin/webhooks/${hook.id}/deliveries`]) {
      expect(await (await api(path, { headers: bearer(admin.token) })).text(), path).not.toContain(key);
    }
    const changed = await api(`/api/admin/webhooks/${hook.id}`, json({ description: 'changed' }, { method: 'PUT', headers: bearer(admin.token) }));
    expect(await changed.text()).not.toContain(key);
  });

  it("an endpoint on '*' still never hears the account mails, whose data holds sealed tokens", async () => {
    const hook = await makeEndpoint(admin.token, ['*']);
    endpoints.push(hook);
    const s = await registerUser();
    const [verify] = (await eventsOf('customer', s.user.id)).filter((e) => e.type === 'account.verify');
    // Once the event's mail has gone, its fan-out is done: there is no delivery to any endpoint.
    await vi.waitFor(async () => expect((await deliveriesOf(verify!.id)).map((d) => [d.sink, d.status])).toEqual([['email', 'succeeded']]), { timeout: 20_000, interval: 100 });
    await vi.waitFor(async () => expect((await receivedAt(hook.name)).some((d) => d.json?.type === 'customer.created' && d.json.data.customer.id === s.user.id)).toBe(true), { timeout: 20_000, interval: 100 });
    expect((await receivedAt(hook.name)).some((d) => d.json?.type.startsWith('account.'))).toBe(false);
  });
});
