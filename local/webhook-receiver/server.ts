/**
 * A webhook receiver, the way a merchant's system would be one: it takes `POST /hooks/<name>`,
 * verifies the Standard Webhooks signature with the `standardwebhooks` library when it knows the
 * endpoint's secret (401 for a forged or stale one), treats a repeated `webhook-id` as already
 * processed, and records everything. Failures can be switched on per name. The deliveries are listed
 * at `/` (HTML) and `/__standin/deliveries` (JSON).
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { listen } from '../listen';
import { deliveriesPage } from './page';

export interface ReceivedDelivery {
  seq: number;
  name: string;
  received_at: string;
  webhook_id: string | null;
  webhook_timestamp: string | null;
  webhook_signature: string | null;
  user_agent: string | null;
  body: string;
  /** The parsed body, when it is JSON. */
  json: unknown;
  /** true: signature checked and good; false: refused; null: no secret known for this name. */
  verified: boolean | null;
  verify_error: string | null;
  /** A webhook-id this name had already processed. */
  duplicate: boolean;
  status: number;
}

export interface HookConfig {
  /** The endpoint's `whsec_` secret; deliveries are verified with it. */
  secret?: string;
  /**
   * Answer this status to the next `times` deliveries (all of them when absent); with `webhook_id`,
   * only to deliveries of that message. null clears it.
   */
  fail?: { status: number; times?: number; webhook_id?: string } | null;
}

export interface ReceiverStandin {
  url: string;
  port: number;
  deliveries(name?: string): ReceivedDelivery[];
  configure(name: string, config: HookConfig): void;
  requestCount(): number;
  reset(): void;
  close(): Promise<void>;
}

const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_BODY_BYTES = 1024 * 1024;

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startReceiverStandin(opts: { port?: number; host?: string; log?: (line: string) => void } = {}): Promise<ReceiverStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => undefined);
  let received: ReceivedDelivery[] = [];
  let requests = 0;
  const configs = new Map<string, HookConfig>();
  const processed = new Map<string, Set<string>>();

  function receive(name: string, req: IncomingMessage, body: string): ReceivedDelivery {
    const header = (h: string) => (req.headers[h] === undefined ? null : String(req.headers[h]));
    const config = configs.get(name) ?? {};
    const id = header('webhook-id');
    let verified: boolean | null = null;
    let verifyError: string | null = null;
    if (config.secret) {
      try {
        new Webhook(config.secret).verify(body, { 'webhook-id': id ?? '', 'webhook-timestamp': header('webhook-timestamp') ?? '', 'webhook-signature': header('webhook-signature') ?? '' });
        verified = true;
      } catch (err) {
        verified = false;
        verifyError = (err as Error).message;
      }
    }
    const seen = processed.get(name) ?? new Set<string>();
    processed.set(name, seen);
    const duplicate = verified !== false && id !== null && seen.has(id);
    let status = 200;
    if (verified === false) status = 401;
    else if (!duplicate && config.fail && (config.fail.webhook_id === undefined || config.fail.webhook_id === id)) {
      status = config.fail.status;
      if (config.fail.times !== undefined) config.fail = config.fail.times > 1 ? { ...config.fail, times: config.fail.times - 1 } : null;
    }
    // Processed means answered 2xx: a failed delivery will come again under the same id.
    if (status < 300 && id !== null) seen.add(id);
    let json: unknown = null;
    try {
      json = JSON.parse(body);
    } catch {
      // kept as text
    }
    const delivery: ReceivedDelivery = {
      seq: received.length + 1,
      name,
      received_at: new Date().toISOString(),
      webhook_id: id,
      webhook_timestamp: header('webhook-timestamp'),
      webhook_signature: header('webhook-signature'),
      user_agent: header('user-agent'),
      body,
      json,
      verified,
      verify_error: verifyError,
      duplicate,
      status,
    };
    received.push(delivery);
    log(`webhook receiver: ${name} ${id ?? '(no id)'} -> ${status}${duplicate ? ' (duplicate)' : ''}${verified === false ? ` (${verifyError})` : ''}`);
    return delivery;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://standin.local');
    const path = url.pathname;
    const hook = /^\/hooks\/([^/]+)$/.exec(path);
    if (hook) {
      requests++;
      if (req.method !== 'POST') return send(res, 405, JSON.stringify({ error: 'POST only' }));
      if (!NAME.test(hook[1]!)) return send(res, 404, JSON.stringify({ error: 'unknown hook' }));
      const d = receive(hook[1]!, req, await readBody(req));
      return send(res, d.status, JSON.stringify(d.status === 401 ? { error: 'invalid signature', reason: d.verify_error } : { received: true, duplicate: d.duplicate }));
    }
    const name = url.searchParams.get('name') ?? undefined;
    if (req.method === 'GET' && path === '/') return send(res, 200, deliveriesPage(api.deliveries(name).reverse()), 'text/html');
    if (req.method === 'GET' && path === '/__standin/deliveries') return send(res, 200, JSON.stringify({ data: api.deliveries(name) }));
    if (req.method === 'GET' && path === '/__standin/stats') return send(res, 200, JSON.stringify({ requests, deliveries: received.length }));
    if (req.method === 'POST' && path === '/__standin/stats/reset') {
      requests = 0;
      return send(res, 200, JSON.stringify({ requests }));
    }
    const control = /^\/__standin\/hooks\/([^/]+)$/.exec(path);
    if (req.method === 'PUT' && control && NAME.test(control[1]!)) {
      api.configure(control[1]!, JSON.parse((await readBody(req)) || '{}') as HookConfig);
      return send(res, 200, JSON.stringify({ ok: true }));
    }
    if (req.method === 'POST' && path === '/__standin/reset') {
      api.reset();
      return send(res, 200, JSON.stringify({ ok: true }));
    }
    send(res, 404, JSON.stringify({ error: `no route for ${req.method} ${path}` }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`webhook receiver: internal error: ${(err as Error).message}`);
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: (err as Error).message }));
    });
  });
  const { port, origin } = await listen(server, 'Webhook receiver', opts.port, host);
  log(`webhook receiver: listening on ${origin}`);
  const api: ReceiverStandin = {
    url: origin,
    port,
    deliveries: (name) => received.filter((d) => name === undefined || d.name === name),
    configure: (name, config) => {
      configs.set(name, { ...configs.get(name), ...config });
    },
    requestCount: () => requests,
    reset: () => {
      received = [];
      requests = 0;
      configs.clear();
      processed.clear();
    },
    close: async () => {
      const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      server.closeAllConnections();
      await closed;
    },
  };
  return api;
}
