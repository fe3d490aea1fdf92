/**
 * The Stripe stand-in: PaymentIntents, Refunds, Charges and Events over Stripe's wire protocol
 * (form-encoded bodies with bracketed nesting, Bearer secret keys, Idempotency-Key, Stripe's error
 * shape), so the unmodified `stripe` SDK runs against it, and signed webhook deliveries to the API.
 * Control routes under /__standin drive what a test needs (faults, expiry, re-sending events).
 */
import { createHash } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { listen } from '../listen';
import { StripeError } from './errors';
import { type FormObject, parseForm } from './form';
import { id } from './objects';
import { Payments } from './payments';
import { actionPage } from './page';
import { type StoredEvent, Webhooks } from './webhooks';
import { type Control, control } from './control';

export type StripeFault = { kind: 'ok' } | { kind: 'fail'; status: number; times?: number } | { kind: 'down'; times?: number };

export interface StripeStandinOptions {
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  /** Where webhook events are POSTed (the API's /api/webhooks/stripe); none keeps them for the control routes. */
  webhookUrl?: string | null;
  /** Delays between delivery attempts of a failed webhook (Stripe backs off over three days). */
  retryDelaysMs?: number[];
  port?: number;
  host?: string;
  now?: () => number;
  log?: (line: string) => void;
}

export interface StripeStandin {
  url: string;
  port: number;
  payments: Payments;
  webhooks: Webhooks;
  requestCount(): number;
  setFault(fault: StripeFault): void;
  reset(): void;
  close(): Promise<void>;
}

const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
const CORS = { 'access-control-allow-origin': '*' };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...CORS, ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const masked = (key: string) => `${key.slice(0, 8)}${'*'.repeat(4)}${key.slice(-4)}`;

export async function startStripeStandin(opts: StripeStandinOptions): Promise<StripeStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => undefined);
  const now = opts.now ?? Date.now;
  let requests = 0;
  let fault: StripeFault = { kind: 'ok' };
  let origin = '';
  const idempotent = new Map<string, { hash: string; status: number; body: string; expires: number }>();
  // Events of the request being served are delivered after its answer, as Stripe's are.
  let pending: StoredEvent[] = [];
  let current: { id: string | null; idempotency_key: string | null } = { id: null, idempotency_key: null };
  const webhooks = new Webhooks({ url: opts.webhookUrl ?? null, secret: opts.webhookSecret, retryDelaysMs: opts.retryDelaysMs ?? [1_000, 5_000, 30_000, 120_000, 600_000], now, log });
  const payments = new Payments((type, object) => pending.push(webhooks.record(type, object, current)), now, (pi) => `${origin}/__standin/3ds/${pi}`);

  /** Which key the request carries: the secret key, or the publishable key (browser calls with a client_secret). */
  function authorize(req: IncomingMessage, params: FormObject): 'secret' | 'publishable' {
    const header = req.headers.authorization ?? '';
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const basic = /^Basic\s+(\S+)$/i.exec(header)?.[1];
    const key = bearer ?? (basic ? Buffer.from(basic, 'base64').toString().replace(/:.*$/, '') : typeof params.key === 'string' ? params.key : undefined);
    if (!key) {
      throw new StripeError(401, 'invalid_request_error', "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
    }
    if (key === opts.secretKey) return 'secret';
    if (key === opts.publishableKey) return 'publishable';
    throw new StripeError(401, 'invalid_request_error', `Invalid API Key provided: ${masked(key)}`, { code: 'api_key_invalid' });
  }

  function clientSecretOf(params: FormObject, intentId: string): void {
    const secret = params.client_secret;
    if (typeof secret !== 'string') throw new StripeError(401, 'invalid_request_error', 'This API call cannot be made with a publishable API key. Please use a secret API key.', { code: 'secret_key_required' });
    if (payments.intent(intentId).client_secret !== secret) {
      throw new StripeError(400, 'invalid_request_error', 'The client_secret provided does not match any associated PaymentIntent on this account.', { code: 'payment_intent_invalid_parameter', param: 'client_secret' });
    }
  }

  function route(method: string, path: string, params: FormObject, who: 'secret' | 'publishable'): unknown {
    const parts = path.split('/').filter(Boolean);
    const [v1, resource, objectId, action] = parts;
    if (v1 !== 'v1' || parts.length > 4) throw new StripeError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
    const browser = who === 'publishable';
    const secretOnly = () => {
      if (browser) throw new StripeError(401, 'invalid_request_error', 'This API call cannot be made with a publishable API key. Please use a secret API key.', { code: 'secret_key_required' });
    };
    if (resource === 'payment_intents') {
      if (!objectId && method === 'POST') return secretOnly(), payments.create(params);
      if (objectId && !action && method === 'GET') {
        if (browser) clientSecretOf(params, objectId);
        return payments.intent(objectId);
      }
      if (objectId && action === 'confirm' && method === 'POST') {
        if (browser) clientSecretOf(params, objectId);
        return payments.confirm(objectId, params);
      }
      if (objectId && action === 'capture' && method === 'POST') return secretOnly(), payments.capture(objectId, params);
      if (objectId && action === 'cancel' && method === 'POST') return secretOnly(), payments.cancel(objectId, params);
    }
    secretOnly();
    if (resource === 'refunds' && !action) {
      if (!objectId && method === 'POST') return payments.refund(params);
      if (!objectId && method === 'GET') {
        const data = payments.refundList(params);
        return { object: 'list', data, has_more: false, url: '/v1/refunds' };
      }
      if (objectId && method === 'GET') {
        const refund = payments.data.refunds.get(objectId);
        if (!refund) throw new StripeError(404, 'invalid_request_error', `No such refund: '${objectId}'`, { code: 'resource_missing', param: 'id' });
        return refund;
      }
    }
    if (resource === 'charges' && objectId && !action && method === 'GET') {
      const charge = payments.data.charges.get(objectId);
      if (!charge) throw new StripeError(404, 'invalid_request_error', `No such charge: '${objectId}'`, { code: 'resource_missing', param: 'id' });
      return charge;
    }
    if (resource === 'events' && objectId && !action && method === 'GET') {
      const found = webhooks.find(objectId);
      if (!found) throw new StripeError(404, 'invalid_request_error', `No such event: '${objectId}'`, { code: 'resource_missing', param: 'id' });
      return found.event;
    }
    throw new StripeError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
  }

  async function vendor(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const requestId = id('req');
    const text = method === 'GET' ? url.search.slice(1) : await readBody(req);
    const params = parseForm(text);
    const who = authorize(req, params);
    if (fault.kind !== 'ok') {
      const f = fault;
      if (f.times !== undefined) fault = f.times > 1 ? { ...f, times: f.times - 1 } : { kind: 'ok' };
      if (f.kind === 'down') {
        req.socket.destroy();
        return;
      }
      const status = f.status;
      throw new StripeError(status, status === 429 ? 'rate_limit_error' : 'api_error', status === 429 ? 'Too many requests.' : 'An error occurred with our connection to Stripe. (stand-in fault)');
    }
    const key = method === 'POST' && req.headers['idempotency-key'] !== undefined ? String(req.headers['idempotency-key']) : null;
    const headers = { 'request-id': requestId, ...(key ? { 'idempotency-key': key } : {}) };
    if (key !== null) {
      if (key.length < 1 || key.length > 255) throw new StripeError(400, 'invalid_request_error', 'Idempotency keys must be 1 to 255 characters.', { param: 'Idempotency-Key' });
      const scope = `${who === 'secret' ? opts.secretKey : opts.publishableKey} ${key}`;
      const hash = createHash('sha256').update(`${method} ${url.pathname} ${canonical(params)}`).digest('hex');
      const seen = idempotent.get(scope);
      if (seen && seen.expires > now()) {
        if (seen.hash !== hash) {
          throw new StripeError(400, 'idempotency_error', `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`);
        }
        return send(res, seen.status, seen.body, { ...headers, 'idempotent-replayed': 'true', 'original-request': 'req_replayed' });
      }
      current = { id: requestId, idempotency_key: key };
      try {
        const body = JSON.stringify(route(method, url.pathname, params, who), null, 2);
        idempotent.set(scope, { hash, status: 200, body, expires: now() + IDEMPOTENCY_TTL_MS });
        return send(res, 200, body, headers);
      } catch (err) {
        // A request that ran (a declined card) keeps its answer; a refused one claims nothing.
        if (err instanceof StripeError && err.status === 402) idempotent.set(scope, { hash, status: 402, body: JSON.stringify(err.body()), expires: now() + IDEMPOTENCY_TTL_MS });
        throw err;
      }
    }
    current = { id: requestId, idempotency_key: null };
    send(res, 200, JSON.stringify(route(method, url.pathname, params, who), null, 2), headers);
  }

  const ctl: Control = {
    payments,
    webhooks,
    stats: () => ({ requests, events: webhooks.events.length }),
    resetStats: () => void (requests = 0),
    reset: () => api.reset(),
    setFault: (f) => api.setFault(f as StripeFault),
    fault: () => fault,
    flush: () => flush(),
  };

  function flush(): void {
    const out = pending;
    pending = [];
    for (const e of out) webhooks.deliver(e);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://standin.local');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'authorization, content-type, stripe-version, idempotency-key', 'access-control-max-age': '600' });
      return res.end();
    }
    const isControl = url.pathname.startsWith('/__standin');
    if (!isControl) requests++;
    const work = url.pathname.startsWith('/__standin/3ds/')
      ? actionPage(req, res, url, payments, readBody)
      : isControl
        ? control(req, res, url, ctl, readBody)
        : vendor(req, res, url);
    work
      .catch((err: unknown) => {
        if (err instanceof StripeError) {
          log(`stripe stand-in: ${req.method} ${url.pathname} -> ${err.status} ${err.type}`);
          return send(res, err.status, err.body());
        }
        const message = err instanceof Error ? err.message : String(err);
        log(`stripe stand-in: internal error: ${message}`);
        if (!res.headersSent) send(res, 500, { error: { type: 'api_error', message } });
      })
      .finally(flush);
  });

  const bound = await listen(server, 'Stripe', opts.port, host);
  origin = bound.origin;
  log(`stripe stand-in: listening on ${origin}`);
  const api: StripeStandin = {
    url: origin,
    port: bound.port,
    payments,
    webhooks,
    requestCount: () => requests,
    setFault: (f) => {
      if (f.kind === 'fail' && (!Number.isInteger(f.status) || f.status < 400 || f.status > 599)) throw new Error(`invalid fault: ${JSON.stringify(f)}`);
      if (!['ok', 'fail', 'down'].includes(f.kind)) throw new Error(`invalid fault: ${JSON.stringify(f)}`);
      fault = f;
    },
    reset: () => {
      requests = 0;
      fault = { kind: 'ok' };
      idempotent.clear();
      webhooks.clear();
      payments.data.intents.clear();
      payments.data.charges.clear();
      payments.data.refunds.clear();
    },
    close: async () => {
      webhooks.stop();
      const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      server.closeAllConnections();
      await closed;
    },
  };
  return api;
}
