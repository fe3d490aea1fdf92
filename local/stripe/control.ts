import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Payments } from './payments';
import type { StoredEvent, Webhooks } from './webhooks';

// Local controls (never counted as Stripe requests): stats, faults, authorization expiry, and the
// events: listed with a signature made now (for tests that post them to the API themselves),
// re-sent, or re-sent in a shuffled order (for the out-of-order tests).

export interface Control {
  payments: Payments;
  webhooks: Webhooks;
  stats(): Record<string, number>;
  resetStats(): void;
  reset(): void;
  setFault(fault: unknown): void;
  fault(): unknown;
  flush(): void;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const listed = (w: Webhooks, e: StoredEvent) => ({
  id: e.event.id,
  type: e.event.type,
  created: e.event.created,
  delivered: e.delivered,
  attempts: e.attempts,
  payload: e.payload,
  headers: w.headers(e),
});

/** A seeded shuffle (mulberry32), so a failing order can be replayed with its seed. */
function shuffle<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function control(req: IncomingMessage, res: ServerResponse, url: URL, ctl: Control, readBody: (r: IncomingMessage) => Promise<string>): Promise<void> {
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const body = async () => JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
  const { webhooks, payments } = ctl;
  if (method === 'GET' && path === '/__standin/stats') return reply(res, 200, ctl.stats());
  if (method === 'POST' && path === '/__standin/stats/reset') return ctl.resetStats(), reply(res, 200, ctl.stats());
  if (method === 'POST' && path === '/__standin/reset') return ctl.reset(), reply(res, 200, { ok: true });
  if (method === 'POST' && path === '/__standin/fault') {
    ctl.setFault(await body());
    return reply(res, 200, ctl.fault());
  }
  if (method === 'POST' && path === '/__standin/webhook') {
    const { url: target } = await body();
    webhooks.opts.url = typeof target === 'string' ? target : null;
    return reply(res, 200, { url: webhooks.opts.url });
  }
  if (method === 'GET' && path === '/__standin/events') {
    const pi = url.searchParams.get('payment_intent');
    const type = url.searchParams.get('type');
    const events = (pi ? webhooks.about(pi) : webhooks.events).filter((e) => !type || e.event.type === type);
    return reply(res, 200, { data: events.map((e) => listed(webhooks, e)) });
  }
  let m = /^\/__standin\/events\/([^/]+)\/resend$/.exec(path);
  if (method === 'POST' && m) {
    const found = webhooks.find(m[1]!);
    if (!found) return reply(res, 404, { error: { message: `no event ${m[1]}` } });
    webhooks.deliver(found);
    await webhooks.settled();
    return reply(res, 200, listed(webhooks, found));
  }
  if (method === 'POST' && path === '/__standin/events/shuffle') {
    const { payment_intent: pi, seed } = await body();
    const chosen = typeof pi === 'string' ? webhooks.about(pi) : [...webhooks.events];
    const order = shuffle(chosen, typeof seed === 'number' ? seed : Date.now());
    // One after the other, so the order sent is the order received.
    for (const e of order) {
      webhooks.deliver(e);
      await webhooks.settled();
    }
    return reply(res, 200, { data: order.map((e) => e.event.id) });
  }
  m = /^\/__standin\/payment_intents\/([^/]+)\/expire$/.exec(path);
  if (method === 'POST' && m) {
    // An uncaptured authorization lapses: Stripe cancels the intent with reason `automatic`.
    const pi = payments.cancel(m[1]!, {}, 'automatic');
    ctl.flush();
    await webhooks.settled();
    return reply(res, 200, pi);
  }
  if (method === 'POST' && path === '/__standin/settle') {
    await webhooks.settled();
    return reply(res, 200, { ok: true });
  }
  reply(res, 404, { error: { message: `no stand-in route for ${method} ${path}` } });
}
