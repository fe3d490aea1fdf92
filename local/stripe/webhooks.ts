import { createHmac } from 'node:crypto';
import { id, type StripeEvent } from './objects';

// Events and their webhook deliveries, signed as Stripe signs them:
// `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" under the whsec_ secret>`.
// A failed delivery (no answer, or not 2xx) is retried after each of `retryDelaysMs` in turn.

export const API_VERSION = '2026-10-28.endive';

/** The Stripe-Signature header for `payload` at `t` (unix seconds). */
export function signature(secret: string, payload: string, t: number): string {
  const v1 = createHmac('sha256', secret).update(`${t}.${payload}`, 'utf8').digest('hex');
  return `t=${t},v1=${v1}`;
}

export interface StoredEvent {
  event: StripeEvent;
  /** The exact body delivered (the signature covers these bytes). */
  payload: string;
  attempts: { at: number; status: number | null }[];
  delivered: boolean;
}

export interface WebhookOptions {
  /** Where events are POSTed; null keeps them for `GET /__standin/events` only. */
  url: string | null;
  secret: string;
  retryDelaysMs: number[];
  now: () => number;
  log: (line: string) => void;
}

export class Webhooks {
  readonly events: StoredEvent[] = [];
  /** Scheduled retries: each one's wait, and what ends it (firing or being cancelled). */
  private timers = new Map<NodeJS.Timeout, { due: Promise<void>; done: () => void }>();
  /** Bumped by stop(): a delivery that began before it schedules no retry after it. */
  private generation = 0;
  private inflight = new Set<Promise<void>>();

  constructor(readonly opts: WebhookOptions) {}

  record(type: string, object: unknown, request: { id: string | null; idempotency_key: string | null }): StoredEvent {
    const event: StripeEvent = {
      id: id('evt'),
      object: 'event',
      api_version: API_VERSION,
      created: Math.floor(this.opts.now() / 1000),
      data: { object },
      livemode: false,
      pending_webhooks: this.opts.url ? 1 : 0,
      request,
      type,
    };
    const stored: StoredEvent = { event, payload: JSON.stringify(event, null, 2), attempts: [], delivered: false };
    this.events.push(stored);
    return stored;
  }

  /** The headers a delivery of `stored` carries, signed now. */
  headers(stored: StoredEvent): Record<string, string> {
    const t = Math.floor(this.opts.now() / 1000);
    return {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      'stripe-signature': signature(this.opts.secret, stored.payload, t),
    };
  }

  /** Delivers now, then on the retry schedule until an answer is 2xx. */
  deliver(stored: StoredEvent, attempt = 0): void {
    const url = this.opts.url;
    if (!url) return;
    const generation = this.generation;
    const run = (async () => {
      let status: number | null = null;
      try {
        const res = await fetch(url, { method: 'POST', headers: this.headers(stored), body: stored.payload, signal: AbortSignal.timeout(10_000) });
        status = res.status;
        await res.body?.cancel();
      } catch {
        status = null;
      }
      stored.attempts.push({ at: this.opts.now(), status });
      const ok = status !== null && status >= 200 && status < 300;
      this.opts.log(`stripe stand-in: ${stored.event.type} ${stored.event.id} -> ${status ?? 'no answer'}`);
      if (ok) {
        stored.delivered = true;
        return;
      }
      const delay = this.opts.retryDelaysMs[attempt];
      if (delay === undefined || generation !== this.generation) return;
      let done!: () => void;
      const due = new Promise<void>((resolve) => (done = resolve));
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        try {
          this.deliver(stored, attempt + 1);
        } finally {
          done();
        }
      }, delay);
      this.timers.set(timer, { due, done });
    })();
    this.inflight.add(run);
    void run.finally(() => this.inflight.delete(run));
  }

  /**
   * Resolves once no delivery is in flight; with `retries`, once no retry is scheduled either (a
   * delivery that keeps failing runs its whole schedule first).
   */
  async settled(opts: { retries?: boolean } = {}): Promise<void> {
    while (this.inflight.size > 0 || (opts.retries && this.timers.size > 0)) {
      await Promise.allSettled([...this.inflight, ...(opts.retries ? [...this.timers.values()].map((t) => t.due) : [])]);
    }
  }

  find(eventId: string): StoredEvent | undefined {
    return this.events.find((e) => e.event.id === eventId);
  }

  /** The events about a PaymentIntent (its own, and its charges' and refunds'), oldest first. */
  about(intentId: string): StoredEvent[] {
    return this.events.filter((e) => {
      const o = e.event.data.object as { id?: string; payment_intent?: string };
      return o.id === intentId || o.payment_intent === intentId;
    });
  }

  stop(): void {
    this.generation++;
    for (const [t, { done }] of this.timers) {
      clearTimeout(t);
      done();
    }
    this.timers.clear();
  }

  clear(): void {
    this.stop();
    this.events.length = 0;
  }
}
