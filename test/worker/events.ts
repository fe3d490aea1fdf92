import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import type { KyselyPlugin } from 'kysely';
import { vi } from 'vitest';
import { createApp } from '../../src/lib/create-app';
import { registerRoutes } from '../../src/routes';
import type { EventMessage, EventQueue } from '../../src/events/queue';
import { deliverEvents } from '../../src/events/deliver';
import { createEventsRuntime, type EventsRuntime } from '../../src/events/runtime';
import { sweep } from '../../src/events/sweep';
import { loadEnv } from '../../src/lib/env';
import { createLogger } from '../../src/lib/logger';
import { testDb } from './db';
import { BASE, bearer, json, testEnv, unique } from './helpers';

// Arranging and observing the events pipeline: the Resend stand-in's inbox, the webhook receiver
// stand-in, and the consumer and sweep driven by hand with an explicit clock (never by waiting).

export interface InboxMail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string | null;
  text: string | null;
  tags: { name: string; value: string }[];
  idempotency_key: string | null;
  created_at: string;
}

const resendUrl = () => testEnv.RESEND_BASE_URL!;
export const receiverUrl = () => testEnv.TEST_WEBHOOK_RECEIVER_URL!;

/** Mail the Resend stand-in accepted for `address`, oldest first. */
export async function inboxOf(address: string): Promise<InboxMail[]> {
  const res = await fetch(`${resendUrl()}/__standin/inbox?to=${encodeURIComponent(address)}`);
  return ((await res.json()) as { data: InboxMail[] }).data.reverse();
}

/** Waits (polling, generous deadline) until `address` has `count` mails matching `subject`; returns them. */
export async function mailsTo(address: string, subject: RegExp, count = 1): Promise<InboxMail[]> {
  let found: InboxMail[] = [];
  await vi.waitFor(
    async () => {
      found = (await inboxOf(address)).filter((m) => subject.test(m.subject));
      if (found.length < count) throw new Error(`${found.length} of ${count} mails "${subject}" to ${address}`);
    },
    { timeout: 20_000, interval: 100 },
  );
  return found;
}

/** The token of the link in a mail (verification, reset). */
export function tokenOf(mail: InboxMail): string {
  const link = /https?:\/\/\S+[?&]token=([^\s&]+)/.exec(mail.text ?? '');
  if (!link) throw new Error(`no link with a token in "${mail.subject}"`);
  return decodeURIComponent(link[1]!);
}

/** The token mailed to `address` in the latest mail matching `subject`. */
export async function tokenMailedTo(address: string, subject: RegExp): Promise<string> {
  return tokenOf((await mailsTo(address, subject)).at(-1)!);
}

export interface ReceivedDelivery {
  seq: number;
  name: string;
  webhook_id: string | null;
  webhook_signature: string | null;
  webhook_timestamp: string | null;
  body: string;
  json: { id: string; type: string; created_at: string; data: Record<string, any> } | null;
  verified: boolean | null;
  duplicate: boolean;
  status: number;
}

/** Deliveries the receiver stand-in got at `/hooks/<name>`. */
export async function receivedAt(name: string): Promise<ReceivedDelivery[]> {
  const res = await fetch(`${receiverUrl()}/__standin/deliveries?name=${encodeURIComponent(name)}`);
  return ((await res.json()) as { data: ReceivedDelivery[] }).data;
}

/** Sets up `/hooks/<name>` at the receiver: the secret it verifies with, failures to answer. */
export async function configureHook(name: string, config: { secret?: string; fail?: { status: number; times?: number; webhook_id?: string } | null }): Promise<void> {
  await fetch(`${receiverUrl()}/__standin/hooks/${name}`, { method: 'PUT', body: JSON.stringify(config) });
}

/** A queue that keeps what is sent to it, for a test to inspect (nothing reaches the real queue). */
export function capturingQueue(): EventQueue & { sent: { event_id: string; delaySeconds?: number }[] } {
  const sent: { event_id: string; delaySeconds?: number }[] = [];
  return {
    sent,
    async send(body: EventMessage, options?: { delaySeconds?: number }) {
      sent.push({ ...body, ...(options?.delaySeconds ? { delaySeconds: options.delaySeconds } : {}) });
    },
    async sendBatch(messages: Iterable<{ body: EventMessage; delaySeconds?: number }>) {
      for (const m of messages) sent.push({ ...m.body, ...(m.delaySeconds ? { delaySeconds: m.delaySeconds } : {}) });
    },
  };
}

/** The consumer's runtime over the test env, with a clock and queue of the test's choosing. */
export function eventsRuntime(overrides: Partial<EventsRuntime> = {}): EventsRuntime {
  return createEventsRuntime(loadEnv(testEnv), {}, createLogger({ test: 'events' }), { queue: capturingQueue(), ...overrides });
}

/** Delivers `ids` at time `now`, as the consumer would. */
export function deliverAt(now: Date, ids: string[], overrides: Partial<EventsRuntime> = {}) {
  return deliverEvents(eventsRuntime({ now: () => now, random: () => 0.5, ...overrides }), ids);
}

/** Runs the sweep at time `now`. */
export function sweepAt(now: Date, overrides: Partial<EventsRuntime> = {}) {
  return sweep(eventsRuntime({ now: () => now, random: () => 0.5, ...overrides }), now);
}

/** The events rows of a subject, oldest first. */
export function eventsOf(subjectType: string, subjectId: number | string) {
  return testDb().selectFrom('events').selectAll().where('subject_type', '=', subjectType).where('subject_id', '=', String(subjectId)).orderBy('seq').execute();
}

/** The delivery rows of an event. */
export function deliveriesOf(eventId: string) {
  return testDb().selectFrom('event_deliveries').selectAll().where('event_id', '=', eventId).orderBy('id').execute();
}

/** The test env without the events queue: requests commit events, and nobody enqueues them. */
export function envWithoutQueue(): Record<string, unknown> {
  const { EVENTS_QUEUE: _queue, ...rest } = testEnv as Record<string, unknown>;
  return rest;
}

/** Calls the app without the events queue, and waits for its background work. */
export async function quietly(path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await registerRoutes(createApp()).request(`${BASE}${path}`, init, envWithoutQueue(), ctx);
  await res.clone().arrayBuffer();
  await waitOnExecutionContext(ctx);
  return res;
}

/** A Kysely plugin that fails every statement mentioning `fn`: a consumer dying at that step. */
export function crashOn(fn: string): KyselyPlugin {
  return {
    transformQuery(args) {
      if (JSON.stringify(args.node).includes(fn)) throw new Error(`simulated crash before ${fn}`);
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
}

export interface Endpoint {
  id: number;
  secret: string;
  name: string;
  url: string;
}

/** A webhook endpoint at the receiver's `/hooks/<name>`, made through the admin API; the receiver knows its secret. */
export async function makeEndpoint(adminToken: string, topics: string[], options: { verify?: boolean } = {}): Promise<Endpoint> {
  const name = unique('hook');
  const url = `${receiverUrl()}/hooks/${name}`;
  const res = await quietly('/api/admin/webhooks', json({ url, topics, description: 'test receiver' }, { headers: bearer(adminToken) }));
  if (res.status !== 201) throw new Error(`endpoint not created: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { id: number; secret: string };
  if (options.verify !== false) await configureHook(name, { secret: body.secret });
  return { id: body.id, secret: body.secret, name, url };
}

/** Deletes endpoints, so later tests' events stop going to them. */
export async function dropEndpoints(adminToken: string, endpoints: Endpoint[]): Promise<void> {
  for (const e of endpoints.splice(0)) await quietly(`/api/admin/webhooks/${e.id}`, { method: 'DELETE', headers: bearer(adminToken) });
}

/**
 * An event addressed to one endpoint only (already dispatched, with its single delivery due at `at`):
 * for tests that drive the clock far ahead, so their attempts never touch other tests' endpoints.
 */
export async function privateEvent(endpointId: number, at: Date): Promise<string> {
  const db = testDb();
  const event = await db
    .insertInto('events')
    .values({ type: 'inventory.low', subject_type: 'product', subject_id: '0', data: JSON.stringify({ product_id: 0, variant_id: null, sku: 'TEST', name: 'Test', stock_quantity: 1, threshold: 5 }), dispatched_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('event_deliveries').values({ event_id: event.id, sink: 'webhook', endpoint_id: endpointId, next_attempt_at: at }).execute();
  return event.id;
}
