import { createServer, type Server } from 'node:http';
import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listen } from '../../local/listen';
import { type StripeStandin, startStripeStandin } from '../../local/stripe';

// Conformance: Stripe's own SDK, unmodified, against the stand-in, for every call the API and the store
// make; webhook deliveries checked with the SDK's own verifier.
const SECRET = 'sk_test_standin_0123456789';
const PUBLISHABLE = 'pk_test_standin_0123456789';
const WHSEC = 'whsec_standin_test_secret';
let standin: StripeStandin;
let receiver: Server;
let received: { body: string; signature: string }[] = [];
let failNext = 0;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: String(req.headers['stripe-signature'] ?? '') });
      res.writeHead(failNext-- > 0 ? 500 : 200).end();
    });
  });
  const { origin } = await listen(receiver, 'receiver', 0, '127.0.0.1');
  standin = await startStripeStandin({ secretKey: SECRET, publishableKey: PUBLISHABLE, webhookSecret: WHSEC, webhookUrl: `${origin}/hook`, retryDelaysMs: [10, 20] });
});
afterAll(async () => {
  await standin?.close();
  await new Promise((r) => receiver?.close(r));
});
beforeEach(() => {
  standin.reset();
  received = [];
  failNext = 0;
});

const sdk = (key = SECRET) => {
  const { hostname, port, protocol } = new URL(standin.url);
  return new Stripe(key, { host: hostname, port: Number(port), protocol: protocol.replace(':', '') as 'http', httpClient: Stripe.createFetchHttpClient(), maxNetworkRetries: 0 });
};
const intent = (extra: Stripe.PaymentIntentCreateParams | object = {}) =>
  sdk().paymentIntents.create({ amount: 2599, currency: 'usd', metadata: { order_id: '42', order_number: 'EC-TEST' }, ...extra });
const settle = () => standin.webhooks.settled();
const verify = (r: { body: string; signature: string }) => sdk().webhooks.constructEventAsync(r.body, r.signature, WHSEC, 300, Stripe.createSubtleCryptoProvider());

describe('stripe SDK against the stand-in', () => {
  it('creates, retrieves and confirms an intent that succeeds, and signs its webhooks as Stripe does', async () => {
    const pi = await intent();
    expect(pi).toMatchObject({ object: 'payment_intent', amount: 2599, currency: 'usd', status: 'requires_payment_method', capture_method: 'automatic', metadata: { order_id: '42' } });
    expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_`));
    expect((await sdk().paymentIntents.retrieve(pi.id)).id).toBe(pi.id);
    const paid = await sdk().paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
    expect(paid).toMatchObject({ status: 'succeeded', amount_received: 2599, latest_charge: expect.stringMatching(/^ch_/) });
    await settle();
    const events = await Promise.all(received.map(verify));
    expect(events.map((e) => e.type)).toEqual(['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded']);
    expect((events[2]!.data.object as Stripe.PaymentIntent).id).toBe(pi.id);
    await expect(sdk().webhooks.constructEventAsync(received[0]!.body, received[0]!.signature, 'whsec_other', 300, Stripe.createSubtleCryptoProvider())).rejects.toThrow(/signature/i);
  });

  it('replays an Idempotency-Key with the same params and refuses other params with idempotency_error', async () => {
    const params = { amount: 1000, currency: 'jpy', metadata: { order_id: '7' } };
    const a = await sdk().paymentIntents.create(params, { idempotencyKey: 'order-7-intent' });
    const b = await sdk().paymentIntents.create(params, { idempotencyKey: 'order-7-intent' });
    expect(b.id).toBe(a.id);
    expect(standin.payments.data.intents.size).toBe(1);
    const err = await sdk().paymentIntents.create({ ...params, amount: 1001 }, { idempotencyKey: 'order-7-intent' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect((err as Stripe.errors.StripeError).statusCode).toBe(400);
  });

  it('declines with 402 card errors and leaves the intent payable', async () => {
    const pi = await intent();
    for (const [pm, decline] of [['pm_card_chargeDeclined', 'generic_decline'], ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds']] as const) {
      const err = (await sdk().paymentIntents.confirm(pi.id, { payment_method: pm }).catch((e: unknown) => e)) as Stripe.errors.StripeCardError;
      expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
      expect([err.statusCode, err.code, err.decline_code]).toEqual([402, 'card_declined', decline]);
    }
    expect((await sdk().paymentIntents.retrieve(pi.id)).status).toBe('requires_payment_method');
    expect((await sdk().paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' })).status).toBe('succeeded');
    await settle();
    expect((await Promise.all(received.map(verify))).filter((e) => e.type === 'payment_intent.payment_failed')).toHaveLength(2);
  });

  it('asks for 3-D Secure, and the page completes it back to the return_url', async () => {
    const pi = await intent();
    const needs = await sdk().paymentIntents.confirm(pi.id, { payment_method: 'pm_card_authenticationRequired', return_url: 'https://shop.test/#/order/1' });
    expect(needs.status).toBe('requires_action');
    const page = needs.next_action!.redirect_to_url!.url!;
    expect(await (await fetch(page)).text()).toContain('Complete authentication');
    const done = await fetch(page, { method: 'POST', body: new URLSearchParams({ outcome: 'complete', return_url: 'https://shop.test/#/order/1' }), redirect: 'manual' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toContain('redirect_status=succeeded');
    expect((await sdk().paymentIntents.retrieve(pi.id)).status).toBe('succeeded');
  });

  it('confirms from a browser with the publishable key and the client secret, and nothing else', async () => {
    const pi = await intent();
    const confirm = (body: Record<string, string>) =>
      fetch(`${standin.url}/v1/payment_intents/${pi.id}/confirm`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body) });
    const wrong = await confirm({ key: PUBLISHABLE, client_secret: `${pi.id}_secret_nope`, payment_method: 'pm_card_visa' });
    expect(wrong.status).toBe(400);
    const ok = await confirm({ key: PUBLISHABLE, client_secret: pi.client_secret!, payment_method: 'pm_card_visa' });
    expect([ok.status, ((await ok.json()) as { status: string }).status]).toEqual([200, 'succeeded']);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    // The publishable key creates nothing.
    const err = await sdk(PUBLISHABLE).paymentIntents.create({ amount: 100, currency: 'usd' }).catch((e: unknown) => e);
    expect((err as Stripe.errors.StripeError).statusCode).toBe(401);
  });

  it('authorizes with manual capture, captures part, and cancels or expires other authorizations', async () => {
    const pi = await intent({ capture_method: 'manual', payment_method: 'pm_card_visa', confirm: true });
    expect(pi).toMatchObject({ status: 'requires_capture', amount_capturable: 2599 });
    const over = await sdk().paymentIntents.capture(pi.id, { amount_to_capture: 3000 }).catch((e: unknown) => e);
    expect((over as Stripe.errors.StripeError).statusCode).toBe(400);
    const captured = await sdk().paymentIntents.capture(pi.id, { amount_to_capture: 2000 });
    expect(captured).toMatchObject({ status: 'succeeded', amount_received: 2000, amount_capturable: 0 });
    const again = (await sdk().paymentIntents.capture(pi.id).catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect([again.statusCode, again.code]).toEqual([400, 'payment_intent_unexpected_state']);

    const other = await intent({ capture_method: 'manual', payment_method: 'pm_card_visa', confirm: true });
    expect((await sdk().paymentIntents.cancel(other.id)).status).toBe('canceled');
    const third = await intent({ capture_method: 'manual', payment_method: 'pm_card_visa', confirm: true });
    const expired = await fetch(`${standin.url}/__standin/payment_intents/${third.id}/expire`, { method: 'POST' });
    expect(((await expired.json()) as Stripe.PaymentIntent).cancellation_reason).toBe('automatic');
    await settle();
    const types = (await Promise.all(received.map(verify))).map((e) => e.type);
    expect(types.filter((t) => t === 'payment_intent.amount_capturable_updated')).toHaveLength(3);
    expect(types.filter((t) => t === 'payment_intent.canceled')).toHaveLength(2);
  });

  it('refunds in part and in full, never more than captured, and lists the refunds of a charge', async () => {
    const pi = await intent({ payment_method: 'pm_card_visa', confirm: true });
    const part = await sdk().refunds.create({ payment_intent: pi.id, amount: 599, reason: 'requested_by_customer' }, { idempotencyKey: 'r1' });
    expect(part).toMatchObject({ object: 'refund', amount: 599, status: 'succeeded', payment_intent: pi.id });
    const over = (await sdk().refunds.create({ payment_intent: pi.id, amount: 2001 }).catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect([over.statusCode, over.code, over.param]).toEqual([400, 'amount_too_large', 'amount']);
    const rest = await sdk().refunds.create({ payment_intent: pi.id });
    expect(rest.amount).toBe(2000);
    const done = (await sdk().refunds.create({ payment_intent: pi.id }).catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect(done.code).toBe('charge_already_refunded');
    const list = await sdk().refunds.list({ charge: part.charge as string });
    expect(list.data.map((r) => r.amount).sort()).toEqual([2000, 599]);
    const charge = await sdk().charges.retrieve(part.charge as string);
    expect(charge).toMatchObject({ amount_refunded: 2599, refunded: true });
  });

  it("refuses amounts its currency's rules exclude: ISK in whole krónur, three-decimal currencies in tens", async () => {
    const refused = async (p: Promise<unknown>) => {
      const err = (await p.catch((e: unknown) => e)) as Stripe.errors.StripeInvalidRequestError;
      expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      return [err.statusCode, err.code, err.param];
    };
    expect(await refused(sdk().paymentIntents.create({ amount: 550, currency: 'isk' }))).toEqual([400, 'invalid_charge_amount_no_decimal_compatible', 'amount']);
    expect(await refused(sdk().paymentIntents.create({ amount: 5125, currency: 'kwd' }))).toEqual([400, 'invalid_charge_amount', 'amount']);
    expect((await sdk().paymentIntents.create({ amount: 500, currency: 'isk' })).amount).toBe(500);
    const pi = await sdk().paymentIntents.create({ amount: 5120, currency: 'kwd', capture_method: 'manual', payment_method: 'pm_card_visa', confirm: true });
    expect(await refused(sdk().paymentIntents.capture(pi.id, { amount_to_capture: 5005 }))).toEqual([400, 'invalid_charge_amount', 'amount_to_capture']);
    await sdk().paymentIntents.capture(pi.id, { amount_to_capture: 5000 });
    expect(await refused(sdk().refunds.create({ payment_intent: pi.id, amount: 15 }))).toEqual([400, 'invalid_charge_amount', 'amount']);
    expect((await sdk().refunds.create({ payment_intent: pi.id, amount: 10 })).amount).toBe(10);
  });

  it('answers a wrong key 401, an unknown object 404 and a bad parameter 400, in Stripe\'s error shape', async () => {
    const auth = (await sdk('sk_test_wrong_key_123').paymentIntents.retrieve('pi_x').catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect(auth).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const missing = (await sdk().paymentIntents.retrieve('pi_missing').catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect([missing.statusCode, missing.code, missing.type]).toEqual([404, 'resource_missing', 'StripeInvalidRequestError']);
    const bad = (await sdk().paymentIntents.create({ amount: 100, currency: 'usd', color: 'red' } as never).catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect([bad.statusCode, bad.param]).toEqual([400, 'color']);
    const raw = await fetch(`${standin.url}/v1/payment_intents`, { method: 'POST', headers: { authorization: `Bearer ${SECRET}` }, body: 'currency=usd' });
    expect(await raw.json()).toEqual({ error: { type: 'invalid_request_error', message: 'Missing required param: amount.', code: 'parameter_missing', param: 'amount' } });
  });

  it('retries a failed delivery with backoff, and re-sends or shuffles events on request', async () => {
    failNext = 1;
    const pi = await intent();
    await standin.webhooks.settled({ retries: true });
    const first = standin.webhooks.events[0]!;
    expect(first.attempts.map((a) => a.status)).toEqual([500, 200]);
    expect(first.delivered).toBe(true);
    received = [];
    await fetch(`${standin.url}/__standin/events/${first.event.id}/resend`, { method: 'POST' });
    expect(received.map((r) => JSON.parse(r.body).id)).toEqual([first.event.id]);
    await sdk().paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
    await settle();
    received = [];
    const shuffled = (await (await fetch(`${standin.url}/__standin/events/shuffle`, { method: 'POST', body: JSON.stringify({ payment_intent: pi.id, seed: 3 }) })).json()) as { data: string[] };
    expect(received.map((r) => JSON.parse(r.body).id)).toEqual(shuffled.data);
    expect(shuffled.data).toHaveLength(3);
    // Listed with a signature made now, for a test to post itself.
    const listed = (await (await fetch(`${standin.url}/__standin/events?payment_intent=${pi.id}`)).json()) as { data: { payload: string; headers: Record<string, string> }[] };
    const event = await sdk().webhooks.constructEventAsync(listed.data[0]!.payload, listed.data[0]!.headers['stripe-signature']!, WHSEC, 300, Stripe.createSubtleCryptoProvider());
    expect(event.type).toBe('payment_intent.created');
  });

  it('fails on request: api_error 500 and a dropped connection', async () => {
    standin.setFault({ kind: 'fail', status: 500, times: 1 });
    const err = (await intent().catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect([err.statusCode, err.type]).toEqual([500, 'StripeAPIError']);
    standin.setFault({ kind: 'down', times: 1 });
    expect(await intent().catch((e: unknown) => e)).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect((await intent()).status).toBe('requires_payment_method');
  });
});
