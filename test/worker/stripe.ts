import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { createApp } from '../../src/lib/create-app';
import type { Clock } from '../../src/lib/clock';
import { registerRoutes } from '../../src/routes';
import { TEST_CREDENTIALS } from '../setup/test-env';
import { BASE, testEnv } from './helpers';

// Card payments under test: the app with Stripe's settings pointed at the Stripe stand-in, called with an
// execution context (background work awaited). The stand-in keeps its webhook events; tests post them to
// the app themselves (in order, shuffled, twice), signed as the stand-in signs them.

export const STRIPE_URL = testEnv.TEST_STRIPE_URL!;

export interface StandinEvent {
  id: string;
  type: string;
  payload: string;
  headers: Record<string, string>;
}

export function stripeApp(overrides: Record<string, string> = {}, clock?: Clock) {
  const app = registerRoutes(createApp(clock ? { clock } : {}));
  const env: Record<string, string> = {
    ...testEnv,
    STRIPE_SECRET_KEY: TEST_CREDENTIALS.stripeSecretKey,
    STRIPE_PUBLISHABLE_KEY: TEST_CREDENTIALS.stripePublishableKey,
    STRIPE_WEBHOOK_SECRET: TEST_CREDENTIALS.stripeWebhookSecret,
    STRIPE_API_BASE: STRIPE_URL,
    ...overrides,
  };
  const request = async (path: string, init?: RequestInit): Promise<Response> => {
    const ctx = createExecutionContext();
    const res = await app.request(`${BASE}${path}`, init, env, ctx);
    await res.clone().arrayBuffer();
    await waitOnExecutionContext(ctx);
    return res;
  };
  return {
    env,
    request,
    async call(path: string, init?: RequestInit) {
      const res = await request(path, init);
      return { status: res.status, body: (await res.json()) as any, headers: res.headers };
    },
    /** Posts a stand-in event to the webhook as Stripe would. */
    deliver(event: StandinEvent, headers: Record<string, string> = event.headers) {
      return request('/api/webhooks/stripe', { method: 'POST', headers, body: event.payload });
    },
  };
}

/** The events the stand-in has about an intent (signed now), oldest first; optionally only some types. */
export async function eventsOf(intentId: string, ...types: string[]): Promise<StandinEvent[]> {
  const res = await fetch(`${STRIPE_URL}/__standin/events?payment_intent=${intentId}`);
  const { data } = (await res.json()) as { data: StandinEvent[] };
  return types.length ? data.filter((e) => types.includes(e.type)) : data;
}

/** A stand-in call with the secret key (form-encoded, as the SDK sends). */
export async function stripeCall(method: string, path: string, params: Record<string, string> = {}) {
  const res = await fetch(`${STRIPE_URL}${path}`, {
    method,
    headers: { authorization: `Bearer ${TEST_CREDENTIALS.stripeSecretKey}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: method === 'GET' ? undefined : new URLSearchParams(params),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** The browser's confirm: the publishable key and the order's client secret. */
export async function confirmInBrowser(payment: { intent_id: string; client_secret: string }, paymentMethod: string) {
  const res = await fetch(`${STRIPE_URL}/v1/payment_intents/${payment.intent_id}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ key: TEST_CREDENTIALS.stripePublishableKey, client_secret: payment.client_secret, payment_method: paymentMethod }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

export async function standinFault(fault: Record<string, unknown>) {
  await fetch(`${STRIPE_URL}/__standin/fault`, { method: 'POST', body: JSON.stringify(fault) });
}
