import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ReceiverStandin, startReceiverStandin } from '../../local/webhook-receiver';
import { newWebhookSecret, signWebhook, webhookHeaders } from '../../src/events/signing';

// The project's Standard Webhooks signer against the reference library (standardwebhooks), and the
// receiver stand-in's verdicts on good, forged, stale and repeated deliveries.
let receiver: ReceiverStandin;
beforeAll(async () => {
  receiver = await startReceiverStandin();
});
afterAll(async () => receiver?.close());
beforeEach(() => receiver.reset());

const body = JSON.stringify({ id: 'evt_1', type: 'order.created', created_at: '2026-11-25T10:00:00.000Z', data: { order: { id: 1 } } });
const nowSeconds = () => Math.floor(Date.now() / 1000);

async function post(name: string, headers: Record<string, string>, payload = body) {
  const res = await fetch(`${receiver.url}/hooks/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('Standard Webhooks signing', () => {
  it('signs exactly as the reference library does, and its signatures verify there', async () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const ts = 1_764_064_800;
    const ours = await signWebhook(secret, 'evt_1', ts, body);
    expect(ours).toBe(new Webhook(secret).sign('evt_1', new Date(ts * 1000), body));
    const headers = await webhookHeaders([secret], 'evt_1', nowSeconds(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('during a rotation both secrets sign, and either one verifies', async () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const headers = await webhookHeaders([current, previous], 'evt_2', nowSeconds(), body);
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });
});

describe('webhook receiver stand-in', () => {
  it('accepts a signed delivery once; the same webhook-id again is a duplicate', async () => {
    const secret = newWebhookSecret();
    receiver.configure('shop', { secret });
    const headers = await webhookHeaders([secret], 'evt_3', nowSeconds(), body);
    expect(await post('shop', headers)).toEqual({ status: 200, body: { received: true, duplicate: false } });
    expect(await post('shop', headers)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(receiver.deliveries('shop').map((d) => [d.verified, d.duplicate])).toEqual([[true, false], [true, true]]);
    expect(receiver.deliveries('shop')[0]!.json).toEqual(JSON.parse(body));
  });

  it('refuses a forged signature, another secret, a changed body and a stale timestamp with 401', async () => {
    const secret = newWebhookSecret();
    receiver.configure('shop', { secret });
    const good = await webhookHeaders([secret], 'evt_4', nowSeconds(), body);
    const forged = { ...good, 'webhook-signature': `v1,${Buffer.alloc(32).toString('base64')}` };
    const otherSecret = await webhookHeaders([newWebhookSecret()], 'evt_4', nowSeconds(), body);
    const stale = await webhookHeaders([secret], 'evt_4', nowSeconds() - 10 * 60, body);
    expect((await post('shop', forged)).status).toBe(401);
    expect((await post('shop', otherSecret)).status).toBe(401);
    expect((await post('shop', good, body.replace('order.created', 'order.paid'))).status).toBe(401);
    expect((await post('shop', stale)).status).toBe(401);
    expect(receiver.deliveries('shop').every((d) => d.verified === false && !d.duplicate)).toBe(true);
    // None of those counted as processed: the genuine delivery still goes through.
    expect((await post('shop', good)).body).toEqual({ received: true, duplicate: false });
  });

  it('fails on demand a number of times, and a failed id is not a duplicate when it comes again', async () => {
    const secret = newWebhookSecret();
    receiver.configure('flaky', { secret, fail: { status: 503, times: 2 } });
    const headers = await webhookHeaders([secret], 'evt_5', nowSeconds(), body);
    expect((await post('flaky', headers)).status).toBe(503);
    expect((await post('flaky', headers)).status).toBe(503);
    expect(await post('flaky', headers)).toEqual({ status: 200, body: { received: true, duplicate: false } });
  });

  it('lists deliveries as JSON and as a page, escaped', async () => {
    await post('plain', {}, JSON.stringify({ type: '<b>x</b>' }));
    const json = (await (await fetch(`${receiver.url}/__standin/deliveries?name=plain`)).json()) as { data: { verified: unknown }[] };
    expect(json.data).toEqual([expect.objectContaining({ verified: null, name: 'plain' })]);
    const page = await (await fetch(`${receiver.url}/`)).text();
    expect(page).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(page).not.toContain('<b>x</b>');
  });
});
