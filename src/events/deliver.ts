import { type ClaimedDelivery, type DeliveryOutcome, dispatchEvents, recordDeliveries } from '../db/queries/events';
import { describeError } from '../lib/logger';
import type { Attempt } from './attempt';
import { MAIL_TEMPLATES, WEBHOOK_EVENT_TYPES } from './catalog';
import { deliverMail } from './mail-sink';
import { enqueueEvents } from './queue';
import { DISABLE_AFTER_SECONDS, nextAttemptAt } from './retry';
import type { EventsRuntime } from './runtime';
import { deliverWebhook } from './webhook-sink';

/** A claim outlives the slowest attempt (10 s per webhook, six at a time), so it never expires mid-send. */
const LEASE_SECONDS = 300;
/** Outgoing requests at once: Workers allow six open connections per invocation. */
const CONCURRENCY = 6;

export interface DeliveryStats {
  attempted: number;
  succeeded: number;
  retrying: number;
  dead: number;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return out;
}

async function attempt(rt: EventsRuntime, d: ClaimedDelivery): Promise<Attempt> {
  try {
    if (d.sink === 'email') return await deliverMail(d, { env: rt.env, mailer: rt.mailer, log: rt.log, now: rt.now });
    return await deliverWebhook(d, { serverSecret: rt.env.JWT_SECRET, policy: rt.policy, now: rt.now, fetch: rt.fetch });
  } catch (err) {
    // A bug or an unreadable secret: recorded on the delivery, and retried in case a fix is deployed.
    rt.log.warn('event delivery failed unexpectedly', { delivery_id: d.id, event_id: d.event.id, sink: d.sink, ...describeError(err) });
    return { ok: false, retryable: true, error: `unexpected failure: ${(err as Error).message}`.slice(0, 2048) };
  }
}

/**
 * Delivers events: fan out and claim (one round trip), attempt every claimed delivery, record the
 * outcomes (one round trip), then enqueue each retry as a delayed message. The rows are the truth;
 * a crash anywhere leaves claims that expire and are swept up again, and every sink is idempotent by
 * event id (Resend's Idempotency-Key, the receivers' webhook-id).
 */
export async function deliverEvents(rt: EventsRuntime, ids: readonly string[]): Promise<DeliveryStats> {
  const work = await dispatchEvents(rt.db, {
    ids: [...new Set(ids)],
    now: rt.now(),
    lease_seconds: LEASE_SECONDS,
    mail: MAIL_TEMPLATES as Record<string, string>,
    webhook_types: WEBHOOK_EVENT_TYPES,
  });
  const stats: DeliveryStats = { attempted: work.length, succeeded: 0, retrying: 0, dead: 0 };
  if (work.length === 0) return stats;

  const attempts = await mapLimit(work, CONCURRENCY, (d) => attempt(rt, d));
  const finished = rt.now();
  const outcomes: DeliveryOutcome[] = work.map((d, i) => {
    const a = attempts[i]!;
    const retryAt = a.ok || !a.retryable ? null : nextAttemptAt(d.attempts, finished, rt.random, a.retryAfterSeconds);
    if (a.ok) stats.succeeded++;
    else if (retryAt) stats.retrying++;
    else stats.dead++;
    const { ok, response_status, response_ms, response_body, error, provider_id } = a;
    return { id: d.id, ok, retry_at: retryAt, response_status, response_ms, response_body, error, provider_id };
  });
  const written = await recordDeliveries(rt.db, { now: finished, disable_after_seconds: DISABLE_AFTER_SECONDS, results: outcomes });

  if (rt.queue) {
    // A delayed message for each retry (one per event and second), so every retry is woken on time.
    const wakes = new Map<string, { id: string; delay: number }>();
    work.forEach((d, i) => {
      const at = outcomes[i]!.retry_at;
      if (!at) return;
      const delay = Math.ceil((at.getTime() - finished.getTime()) / 1000);
      wakes.set(`${d.event.id}@${delay}`, { id: d.event.id, delay });
    });
    for (const { id, delay } of wakes.values()) await enqueueEvents(rt.queue, [id], delay);
    if (written.length > 0) await enqueueEvents(rt.queue, written);
  }
  return stats;
}
