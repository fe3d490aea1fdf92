import { describe, expect, it } from 'vitest';
import { lookup, placeGuestOrder, viewOrder } from '../../../test/worker/guest-orders';
import { api, bearer, freshIp, testEnv } from '../../../test/worker/helpers';
import { signOrderViewToken, VIEW_TOKEN_TTL_SECONDS } from '../../orders/view-token';
import { makeUser } from '../../../test/worker/shop';

const withoutRequestId = (body: any) => ({ ...body, error: { ...body.error, request_id: undefined } });

describe('guest order lookup security', () => {
  it('answers a wrong email exactly as an unknown order number, so lookups enumerate nothing', async () => {
    const order = await placeGuestOrder();
    const wrongEmail = await lookup({ order_number: order.order_number, email: `x${order.email}` });
    const unknown = await lookup({ order_number: 'EC-ZZZZZZZZ', email: order.email });
    const otherGuests = await lookup({ order_number: order.order_number, email: 'someone.else@example.com' });
    for (const r of [wrongEmail, unknown, otherGuests]) expect(r.res.status).toBe(404);
    expect(withoutRequestId(wrongEmail.body)).toEqual(withoutRequestId(unknown.body));
    expect(withoutRequestId(otherGuests.body)).toEqual(withoutRequestId(unknown.body));
    expect(JSON.stringify(wrongEmail.body)).not.toContain(order.email);
  });

  it('reads only the order the token was issued for', async () => {
    const [a, b] = [await placeGuestOrder(), await placeGuestOrder()];
    const { body } = await lookup({ order_number: a.order_number, email: a.email });
    const other = await viewOrder(b.id, body.view_token);
    expect([other.res.status, other.body.error.code]).toEqual([404, 'not_found']);
    expect(JSON.stringify(other.body)).not.toContain(b.order_number);
  });

  it('expires: a token issued longer ago than its TTL is refused, one just inside it is not (injected clock)', async () => {
    const order = await placeGuestOrder();
    const secret = testEnv.JWT_SECRET!;
    const stale = await signOrderViewToken(secret, order.id, Date.now() - VIEW_TOKEN_TTL_SECONDS * 1000 - 1000);
    const refused = await viewOrder(order.id, stale.token);
    expect([refused.res.status, refused.body.error.code]).toEqual([401, 'invalid_token']);
    const recent = await signOrderViewToken(secret, order.id, Date.now() - (VIEW_TOKEN_TTL_SECONDS - 120) * 1000);
    expect((await viewOrder(order.id, recent.token)).res.status).toBe(200);
  });

  it('keeps view tokens and access tokens apart', async () => {
    const order = await placeGuestOrder();
    const { body } = await lookup({ order_number: order.order_number, email: order.email });
    // A view token is no bearer token, even for the order it reads...
    const asBearer = await api(`/api/orders/${order.id}`, { headers: bearer(body.view_token) });
    expect(asBearer.status).toBe(401);
    const profile = await api('/api/users/profile', { headers: bearer(body.view_token) });
    expect(profile.status).toBe(401);
    // ...and an access token is no view token.
    const user = await makeUser();
    const asView = await viewOrder(order.id, user.token);
    expect([asView.res.status, asView.body.error.code]).toEqual([401, 'invalid_token']);
    // A token signed with another secret is refused.
    const forged = await signOrderViewToken('not-the-server-secret-0123456789abcdef', order.id);
    expect((await viewOrder(order.id, forged.token)).res.status).toBe(401);
  });

  it('rate-limits lookups per client address', async () => {
    const ip = freshIp();
    const env = { RATE_LIMITS: 'order_lookup_ip=2/3600' };
    const guesses = ['EC-22222222', 'EC-33333333', 'EC-44444444'].map((order_number) => ({ order_number, email: 'guess@example.com' }));
    const statuses = [];
    for (const g of guesses) statuses.push((await lookup(g, { ip, env })).res.status);
    expect(statuses).toEqual([404, 404, 429]);
    const limited = await lookup(guesses[0], { ip, env });
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.res.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Another address is not held back.
    expect((await lookup(guesses[0], { env })).res.status).toBe(404);
  });

  it('rate-limits lookups per order number, across addresses: emails cannot be tried against one order', async () => {
    const order = await placeGuestOrder();
    const env = { RATE_LIMITS: 'order_lookup_order=2/3600' };
    const wrong = async (n: number) => (await lookup({ order_number: order.order_number, email: `guess${n}@example.com` }, { env })).res.status;
    expect([await wrong(1), await wrong(2)]).toEqual([404, 404]);
    // Even the right email waits now, from a new address and in another spelling of the number.
    const right = await lookup({ order_number: order.order_number.toLowerCase(), email: order.email }, { env });
    expect([right.res.status, right.body.error.code]).toEqual([429, 'rate_limited']);
    expect(right.body.view_token).toBeUndefined();
  });
});
