import { createMessageBatch, createExecutionContext, getQueueResult } from 'cloudflare:test';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testDb } from '../../test/worker/db';
import {
  capturingQueue,
  configureHook,
  crashOn,
  deliverAt,
  deliveriesOf,
  dropEndpoints,
  type Endpoint,
  eventsOf,
  eventsRuntime,
  inboxOf,
  makeEndpoint,
  mailsTo,
  quietly,
  receivedAt,
  sweepAt,
} from '../../test/worker/events';
import { api, bearer, json, testEnv } from '../../test/worker/helpers';
import { addItem, checkout, checkoutBody, makeAdmin, makeProduct, makeUser } from '../../test/worker/shop';
import { handleEventsQueue } from './consumer';
import { Mailer } from '../clients/resend';
import { ApiError } from '../lib/errors';

// The pipeline end to end: the outbox rows, the consumer (through the real queue, or driven by hand
// with an explicit clock), the Resend stand-in's inbox and the webhook receiver stand-in, which
// verifies every signature with the standardwebhooks library.

const admin = await makeAdmin();
const endpoints: Endpoint[] = [];
afterEach(() => dropEndpoints(admin.token, endpoints));

const endpoint = async (topics: string[], options?: { verify?: boolean }) => {
  const e = await makeEndpoint(admin.token, topics, options);
  endpoints.push(e);
  return e;
};

/** An order whose events are committed but never enqueued (the Worker has no queue binding). */
async function quietOrder() {
  const me = await makeUser();
  const p = await makeProduct({ stock: 50 });
  await addItem(me, { product_id: p.id });
  const res = await quietly('/api/orders', json(checkoutBody(), { headers: { ...bearer(me.token), 'Idempotency-Key': crypto.randomUUID() } }));
  expect(res.status).toBe(201);
  const order = (await res.json()) as { id: number; order_number: string; email: string };
  const [created] = await eventsOf('order', order.id);
  return { order, event: created! };
}

const forOrder = (orderId: number) => (d: { json: { data: Record<string, any> } | null }) => d.json?.data.order?.id === orderId;

/** The event's mail and its delivery to `hook` (other tests' endpoints may hear of it too). */
async function mine(eventId: string, hook: Endpoint) {
  const rows = await deliveriesOf(eventId);
  return { mail: rows.find((d) => d.sink === 'email')!, hook: rows.find((d) => d.endpoint_id === hook.id)! };
}

describe('events: delivery', () => {
  it('an order placed: exactly one confirmation mail and one signed order.created delivery', async () => {
    const hook = await endpoint(['order.created']);
    const me = await makeUser();
    const p = await makeProduct({ price_cents: 2_500, stock: 9 });
    await addItem(me, { product_id: p.id, quantity: 2 });
    const placed = await checkout(me);
    expect(placed.res.status).toBe(201);
    const order = placed.body;

    // Through the real queue and consumer: poll until both arrived.
    const [mail] = await mailsTo(me.email, new RegExp(order.order_number));
    let delivery!: Awaited<ReturnType<typeof receivedAt>>[number];
    await vi.waitFor(async () => {
      delivery = (await receivedAt(hook.name)).filter(forOrder(order.id))[0]!;
      expect(delivery).toBeTruthy();
    }, { timeout: 20_000, interval: 100 });
    const [event] = await eventsOf('order', order.id);
    await vi.waitFor(async () => {
      const rows = await mine(event!.id, hook);
      expect([rows.mail, rows.hook].map((d) => [d?.status, d?.attempts])).toEqual([['succeeded', 1], ['succeeded', 1]]);
    }, { timeout: 20_000, interval: 100 });

    expect(mail!.subject).toBe(`Your Edge Commerce order ${order.order_number}`);
    expect(mail!.from).toBe('Edge Commerce <orders@shop.test>');
    expect(mail!.idempotency_key).toBe(`${event!.id}/order_confirmation`);
    expect(mail!.text).toContain('2 × ');
    expect(mail!.text).toContain('$50.00');
    expect(await inboxOf(me.email)).toHaveLength(1);

    expect(delivery).toMatchObject({ verified: true, duplicate: false, status: 200, webhook_id: event!.id });
    expect(new Webhook(hook.secret).verify(delivery.body, { 'webhook-id': delivery.webhook_id!, 'webhook-timestamp': delivery.webhook_timestamp!, 'webhook-signature': delivery.webhook_signature! })).toBeTruthy();
    // The payload's order is the order as the API shows it.
    const apiOrder = (await (await api(`/api/orders/${order.id}`, { headers: bearer(me.token) })).json()) as Record<string, unknown>;
    const { realtime_topic: _topic, ...shown } = apiOrder;
    expect(delivery.json).toEqual({
      id: event!.id,
      type: 'order.created',
      created_at: new Date(event!.created_at).toISOString(),
      data: { order: { ...shown, user_id: me.id, tracking_url: null }, change: { kind: 'status', from_status: null, to_status: 'pending', note: 'Order placed', details: {} } },
    });
    expect((await receivedAt(hook.name)).filter(forOrder(order.id))).toHaveLength(1);
  });

  it('the consumer dying midway and the queue redelivering: still one mail and one delivery', async () => {
    const hook = await endpoint(['order.created']);
    const { order, event } = await quietOrder();
    // Four minutes ago, so that the redelivery after the 5-minute claim is still within the receiver's
    // 5-minute timestamp tolerance.
    const t0 = new Date(Date.now() - 4 * 60_000);
    const db = testDb().withPlugin(crashOn('events_record'));
    await expect(deliverAt(t0, [event.id], { db })).rejects.toThrow('simulated crash');
    // Both sends happened before the crash; nothing was recorded.
    expect(await inboxOf(order.email)).toHaveLength(1);
    expect((await receivedAt(hook.name)).filter(forOrder(order.id))).toHaveLength(1);
    const before = await mine(event.id, hook);
    expect([before.mail, before.hook].map((d) => [d.status, d.attempts])).toEqual([['pending', 1], ['pending', 1]]);

    // A redelivery while the claim holds sends nothing (the first consumer might still be at work).
    expect(await deliverAt(new Date(t0.getTime() + 60_000), [event.id])).toMatchObject({ attempted: 0 });

    // The queue redelivers after the claim ran out: the Worker's queue handler sends again, with the
    // same keys. Resend answers the first answer, the receiver knows the webhook-id.
    const queue = capturingQueue();
    const batch = createMessageBatch('events', [{ id: 'm1', timestamp: t0, attempts: 2, body: { event_id: event.id } }]);
    const ctx = createExecutionContext();
    await handleEventsQueue(batch, testEnv, { now: () => new Date(t0.getTime() + 6 * 60_000), queue });
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['m1']);

    expect(await inboxOf(order.email)).toHaveLength(1);
    const got = (await receivedAt(hook.name)).filter(forOrder(order.id));
    expect(got.map((d) => [d.webhook_id, d.duplicate])).toEqual([[event.id, false], [event.id, true]]);
    const after = await mine(event.id, hook);
    expect([after.mail, after.hook].map((d) => [d.status, d.attempts])).toEqual([['succeeded', 2], ['succeeded', 2]]);
    expect(after.mail.provider_id).toBe((await inboxOf(order.email))[0]!.id);
  });

  it('a failing receiver: retried on schedule (30 s, 2 min), then delivered, and the log shows it', async () => {
    const hook = await endpoint(['order.created']);
    const { event } = await quietOrder();
    await configureHook(hook.name, { fail: { status: 503, times: 2, webhook_id: event.id } });
    const t0 = new Date();
    const queue = capturingQueue();
    const state = async () => {
      const d = (await mine(event.id, hook)).hook;
      return [d.status, d.attempts, d.response_status];
    };
    await deliverAt(t0, [event.id], { queue });
    expect(await state()).toEqual(['pending', 1, 503]);
    expect((await mine(event.id, hook)).mail.status).toBe('succeeded');
    // The retry rides a delayed message, 30 s out (jitter pinned to the middle).
    expect(queue.sent).toContainEqual({ event_id: event.id, delaySeconds: 30 });
    await deliverAt(new Date(t0.getTime() + 29_000), [event.id]);
    expect(await state()).toEqual(['pending', 1, 503]);
    await deliverAt(new Date(t0.getTime() + 30_000), [event.id]);
    expect(await state()).toEqual(['pending', 2, 503]);
    await deliverAt(new Date(t0.getTime() + 150_000), [event.id]);
    expect(await state()).toEqual(['succeeded', 3, 200]);

    expect((await receivedAt(hook.name)).filter((d) => d.webhook_id === event.id).map((d) => d.status)).toEqual([503, 503, 200]);
    const res = await api(`/api/admin/webhooks/${hook.id}/deliveries`, { headers: bearer(admin.token) });
    const log = ((await res.json()) as { data: Record<string, unknown>[] }).data.find((d) => d.event_id === event.id);
    expect(log).toMatchObject({ status: 'succeeded', attempts: 3, response_status: 200, event_type: 'order.created', next_attempt_at: null, error: null });
    expect(log!.response_ms).toEqual(expect.any(Number));
    expect(log!.response_body).toBe('{"received":true,"duplicate":false}');
  });

  it('retries end dead-lettered after about a day; a replay sends it again with the same id', async () => {
    const hook = await endpoint(['order.created']);
    const { event } = await quietOrder();
    await configureHook(hook.name, { fail: { status: 500, webhook_id: event.id } });
    let at = new Date();
    const started = at.getTime();
    for (let attempt = 1; attempt <= 10; attempt++) {
      await deliverAt(at, [event.id]);
      const row = (await mine(event.id, hook)).hook;
      expect(row.attempts).toBe(attempt);
      if (attempt < 10) at = new Date(row.next_attempt_at);
      else expect(row.status).toBe('dead');
    }
    // Ten attempts over about 24 hours (jitter at its middle: exactly the schedule).
    expect((at.getTime() - started) / 3_600_000).toBeCloseTo(23.7, 1);
    const dead = (await mine(event.id, hook)).hook;
    await deliverAt(new Date(at.getTime() + 86_400_000), [event.id]);
    expect((await mine(event.id, hook)).hook).toMatchObject({ status: 'dead', attempts: 10 });

    await configureHook(hook.name, { fail: null });
    const replay = await api(`/api/admin/webhook-deliveries/${dead.id}/replay`, { method: 'POST', headers: bearer(admin.token) });
    expect(replay.status).toBe(202);
    expect(await replay.json()).toMatchObject({ id: Number(dead.id), status: 'pending', attempts: 10 });
    await vi.waitFor(async () => expect((await mine(event.id, hook)).hook).toMatchObject({ status: 'succeeded', attempts: 11 }), { timeout: 20_000, interval: 100 });
    const last = (await receivedAt(hook.name)).filter((d) => d.webhook_id === event.id).at(-1)!;
    expect(last).toMatchObject({ status: 200, verified: true, duplicate: false });
  });

  it('the receiver refuses a forged or stale signature, and the delivery records the refusal', async () => {
    const hook = await endpoint(['order.created'], { verify: false });
    const forged = (await quietOrder()).event;
    const stale = (await quietOrder()).event;
    const now = new Date();
    // The receiver holds another secret: from where it stands, the signature is forged.
    await configureHook(hook.name, { secret: `whsec_${btoa('another secret, thirty-two bytes!')}` });
    await deliverAt(now, [forged.id]);
    expect((await mine(forged.id, hook)).hook).toMatchObject({ status: 'pending', response_status: 401, error: 'HTTP 401' });
    expect((await receivedAt(hook.name)).filter((d) => d.webhook_id === forged.id)).toEqual([expect.objectContaining({ verified: false, status: 401 })]);

    // The right secret, but signed ten minutes ago: stale.
    await configureHook(hook.name, { secret: hook.secret });
    await deliverAt(new Date(now.getTime() - 10 * 60_000), [stale.id]);
    expect((await mine(stale.id, hook)).hook).toMatchObject({ status: 'pending', response_status: 401 });
    expect((await receivedAt(hook.name)).filter((d) => d.webhook_id === stale.id)).toEqual([expect.objectContaining({ verified: false, status: 401 })]);
    // Its retry, signed now, goes through.
    await deliverAt(new Date(), [stale.id]);
    expect((await mine(stale.id, hook)).hook).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect((await receivedAt(hook.name)).filter((d) => d.webhook_id === stale.id).at(-1)).toMatchObject({ verified: true, status: 200 });
  });

  it('the sweep picks up an event whose enqueue was lost, once per window', async () => {
    const { order, event } = await quietOrder();
    const t0 = new Date(event.created_at);
    const early = capturingQueue();
    await sweepAt(new Date(t0.getTime() + 30_000), { queue: early });
    expect(early.sent.map((m) => m.event_id)).not.toContain(event.id);
    // Other files' events share this database and a sweep takes at most 500 (oldest first): it runs
    // again at the same moment, each run taking the next ones, until it reaches this event or runs dry.
    const late: string[] = [];
    for (let run = 0; run < 100 && !late.includes(event.id); run++) {
      const queue = capturingQueue();
      await sweepAt(new Date(t0.getTime() + 2 * 60_000), { queue });
      late.push(...queue.sent.map((m) => m.event_id));
      if (queue.sent.length < 500) break;
    }
    expect(late).toContain(event.id);
    const again = capturingQueue();
    await sweepAt(new Date(t0.getTime() + 3 * 60_000), { queue: again });
    expect(again.sent.map((m) => m.event_id)).not.toContain(event.id);
    // What the sweep enqueued gets delivered.
    await deliverAt(new Date(t0.getTime() + 2 * 60_000), [event.id]);
    expect(await inboxOf(order.email)).toHaveLength(1);
  });

  it('mail through the resend SDK in workerd: bad keys and refused fields map to retryable or not', async () => {
    const env = eventsRuntime().env;
    const message = { from: env.MAIL_FROM!, to: 'someone@example.com', subject: 'Hi', html: '<p>Hi</p>', text: 'Hi' };
    const sent = await new Mailer(env.RESEND_API_KEY!, env.RESEND_BASE_URL).send(message, `test/${crypto.randomUUID()}`);
    expect(sent).toMatch(/^[0-9a-f-]{36}$/);
    const wrongKey = await new Mailer('re_wrong', env.RESEND_BASE_URL).send(message, 'k').catch((e: unknown) => e);
    expect(wrongKey).toBeInstanceOf(ApiError);
    expect(wrongKey).toMatchObject({ code: 'upstream_auth_failed', details: { status: 403, name: 'invalid_api_key' } });
    const refused = await new Mailer(env.RESEND_API_KEY!, env.RESEND_BASE_URL).send({ ...message, from: 'nobody' }, 'k2').catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'upstream_rejected', details: { status: 422, name: 'validation_error' } });
    const down = await new Mailer(env.RESEND_API_KEY!, 'http://127.0.0.1:9').send(message, 'k3').catch((e: unknown) => e);
    expect(down).toMatchObject({ code: 'upstream_unavailable' });
  });
});
