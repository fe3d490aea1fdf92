/**
 * The Resend stand-in: answers `POST /emails`, `POST /emails/batch` and `GET /emails/{id}` as
 * api.resend.com does (Bearer keys, validation, idempotency keys for 24 hours, rate limits, the error
 * shape), so the unmodified `resend` SDK runs against it. Nothing leaves the machine: mail lands in an
 * inbox a developer can read at `/` (HTML) or `/__standin/inbox` (JSON).
 */
import { createHash, randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { listen } from '../listen';
import { inboxPage } from './page';
import { addressOf, type EmailRequest, parseEmailRequest, ResendError } from './validate';

export interface SentMail extends EmailRequest {
  id: string;
  created_at: string;
  idempotency_key: string | null;
}

export type ResendFault = { kind: 'ok' } | { kind: 'fail'; status: number; times?: number };

export interface ResendStandin {
  /** What RESEND_BASE_URL is set to: http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Mail accepted so far, oldest first. */
  inbox(): SentMail[];
  /** Vendor requests served (any outcome). */
  requestCount(): number;
  setFault(fault: ResendFault): void;
  reset(): void;
  close(): Promise<void>;
}

export interface ResendStandinOptions {
  /** Keys accepted as `Authorization: Bearer <key>`. */
  apiKeys: string[];
  port?: number;
  host?: string;
  /** Requests per second per key, as Resend's default limit; off when absent. */
  rateLimit?: number;
  /** The clock for idempotency expiry and rate windows (ms since epoch). */
  now?: () => number;
  log?: (line: string) => void;
}

const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
const MAX_BODY_BYTES = 40 * 1024 * 1024;
const MAX_BATCH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function send(res: ServerResponse, status: number, body: string, type = 'application/json', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ResendError(413, 'validation_error', 'The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Stable JSON (sorted keys), so two bodies that mean the same hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function startResendStandin(opts: ResendStandinOptions): Promise<ResendStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => undefined);
  const now = opts.now ?? Date.now;
  const keys = new Set(opts.apiKeys);
  let mails: SentMail[] = [];
  let requests = 0;
  let fault: ResendFault = { kind: 'ok' };
  // Idempotency: key scope → request hash, first answer (or null while in flight), expiry.
  const idempotent = new Map<string, { hash: string; status: number; body: string | null; expires: number }>();
  const windows = new Map<string, { second: number; count: number }>();

  function authorize(req: IncomingMessage): string {
    const header = req.headers.authorization ?? '';
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!key) throw new ResendError(401, 'missing_api_key', 'Missing API key in the authorization header. Include the following header in the request: Authorization: Bearer YOUR_API_KEY');
    if (!keys.has(key)) throw new ResendError(403, 'invalid_api_key', 'API key is invalid');
    // Resend's edge refuses clients that send no User-Agent.
    if (!req.headers['user-agent']) throw new ResendError(403, 'security_error', 'Requests must include a User-Agent header.');
    return key;
  }

  function rateLimit(key: string): Record<string, string> {
    if (!opts.rateLimit) return {};
    const second = Math.floor(now() / 1000);
    const w = windows.get(key);
    const current = w && w.second === second ? w : { second, count: 0 };
    current.count += 1;
    windows.set(key, current);
    const headers = { 'ratelimit-limit': String(opts.rateLimit), 'ratelimit-remaining': String(Math.max(0, opts.rateLimit - current.count)), 'ratelimit-reset': '1' };
    if (current.count > opts.rateLimit) {
      throw new ResendError(429, 'rate_limit_exceeded', `Too many requests. You can only make ${opts.rateLimit} requests per second. See rate limit response headers for more information.`, { ...headers, 'retry-after': '1' });
    }
    return headers;
  }

  function applyFault(): void {
    if (fault.kind !== 'fail') return;
    const { status } = fault;
    if (fault.times !== undefined) fault = fault.times > 1 ? { ...fault, times: fault.times - 1 } : { kind: 'ok' };
    if (status === 429) throw new ResendError(429, 'rate_limit_exceeded', 'Too many requests (stand-in fault).', { 'retry-after': '1' });
    throw new ResendError(status, status >= 500 ? 'internal_server_error' : 'application_error', `Stand-in fault: HTTP ${status}`);
  }

  function accept(mail: EmailRequest, key: string | null): SentMail {
    const sent: SentMail = { ...mail, id: randomUUID(), created_at: new Date(now()).toISOString(), idempotency_key: key };
    mails.push(sent);
    log(`resend stand-in: mail ${sent.id} to ${sent.to.join(', ')}: ${sent.subject}`);
    return sent;
  }

  /** Runs a send under its Idempotency-Key: a replay answers the first answer, and sends nothing. */
  function idempotently(apiKey: string, req: IncomingMessage, path: string, parsed: unknown, work: () => { status: number; body: string }): { status: number; body: string } {
    const raw = req.headers['idempotency-key'];
    if (raw === undefined) return work();
    const key = String(raw);
    if (key.length < 1 || key.length > 256) throw new ResendError(400, 'invalid_idempotency_key', 'The key must be between 1-256 chars.');
    const scope = `${apiKey} ${path} ${key}`;
    const hash = createHash('sha256').update(canonical(parsed)).digest('hex');
    const seen = idempotent.get(scope);
    if (seen && seen.expires > now()) {
      if (seen.hash !== hash) throw new ResendError(409, 'invalid_idempotent_request', 'Same idempotency key used with a different request payload.');
      if (seen.body === null) throw new ResendError(409, 'concurrent_idempotent_requests', 'Same idempotency key used while original request is still in progress.');
      return { status: seen.status, body: seen.body };
    }
    idempotent.set(scope, { hash, status: 0, body: null, expires: now() + IDEMPOTENCY_TTL_MS });
    try {
      const answer = work();
      idempotent.set(scope, { hash, ...answer, expires: now() + IDEMPOTENCY_TTL_MS });
      return answer;
    } catch (err) {
      // A refused request claims nothing: the key can be used again once the body is fixed.
      idempotent.delete(scope);
      throw err;
    }
  }

  async function vendor(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const route = path === '/emails' || path === '/emails/batch' ? path : /^\/emails\/[^/]+$/.test(path) ? '/emails/:id' : null;
    if (!route) throw new ResendError(404, 'not_found', 'The requested endpoint does not exist.');
    const method = req.method ?? 'GET';
    const allowed = route === '/emails/:id' ? 'GET' : 'POST';
    if (method !== allowed) throw new ResendError(405, 'method_not_allowed', 'Method is not allowed for the requested path.');
    const apiKey = authorize(req);
    const limits = rateLimit(apiKey);
    applyFault();
    if (route === '/emails/:id') {
      const id = path.slice('/emails/'.length);
      if (!UUID.test(id)) throw new ResendError(422, 'invalid_parameter', 'The `id` must be a valid UUID.');
      const mail = mails.find((m) => m.id === id);
      if (!mail) throw new ResendError(404, 'not_found', 'Email not found');
      return send(res, 200, JSON.stringify({ object: 'email', id: mail.id, to: mail.to, from: mail.from, created_at: mail.created_at, subject: mail.subject, html: mail.html, text: mail.text, bcc: mail.bcc, cc: mail.cc, reply_to: mail.reply_to, last_event: 'delivered', scheduled_at: mail.scheduled_at, tags: mail.tags }), 'application/json', limits);
    }
    const text = await readBody(req);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ResendError(422, 'validation_error', 'The request body is not valid JSON.');
    }
    const key = req.headers['idempotency-key'] === undefined ? null : String(req.headers['idempotency-key']);
    const answer = idempotently(apiKey, req, route, parsed, () => {
      if (route === '/emails') return { status: 200, body: JSON.stringify({ id: accept(parseEmailRequest(parsed), key).id }) };
      if (!Array.isArray(parsed) || parsed.length === 0 || parsed.length > MAX_BATCH) throw new ResendError(422, 'validation_error', `The batch must be an array of 1 to ${MAX_BATCH} emails.`);
      // Strict (the default): all or nothing, every email checked before any is sent. Permissive: the
      // valid ones are sent and the others reported by index.
      const permissive = req.headers['x-batch-validation'] === 'permissive';
      const checked = parsed.map((m, i) => {
        try {
          return parseEmailRequest(m);
        } catch (err) {
          if (!(err instanceof ResendError)) throw err;
          if (permissive) return { index: i, message: err.message };
          throw new ResendError(err.statusCode, err.name, `emails[${i}]: ${err.message}`);
        }
      });
      const data = checked.filter((m): m is EmailRequest => !('index' in m)).map((m) => ({ id: accept(m, key).id }));
      const errors = checked.filter((m): m is { index: number; message: string } => 'index' in m);
      return { status: 200, body: JSON.stringify(permissive ? { data, errors } : { data }) };
    });
    send(res, answer.status, answer.body, 'application/json', limits);
  }

  async function standin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const to = url.searchParams.get('to')?.toLowerCase();
    const listed = () => [...mails].reverse().filter((m) => !to || m.to.some((t) => addressOf(t) === to));
    if (req.method === 'GET' && (path === '/' || path === '/__standin/inbox.html')) return send(res, 200, inboxPage(listed()), 'text/html');
    if (req.method === 'GET' && path === '/__standin/inbox') return send(res, 200, JSON.stringify({ data: listed() }));
    if (req.method === 'GET' && path === '/__standin/stats') return send(res, 200, JSON.stringify({ requests, mails: mails.length }));
    if (req.method === 'POST' && path === '/__standin/stats/reset') {
      requests = 0;
      return send(res, 200, JSON.stringify({ requests, mails: mails.length }));
    }
    if (req.method === 'POST' && path === '/__standin/reset') {
      api.reset();
      return send(res, 200, JSON.stringify({ ok: true }));
    }
    if (req.method === 'POST' && path === '/__standin/fault') {
      const body = JSON.parse((await readBody(req)) || '{}') as ResendFault;
      api.setFault(body);
      return send(res, 200, JSON.stringify(fault));
    }
    send(res, 404, JSON.stringify({ message: `no stand-in route for ${req.method} ${path}` }));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://standin.local');
    const isControl = url.pathname === '/' || url.pathname.startsWith('/__standin');
    if (!isControl) requests++;
    (isControl ? standin(req, res, url) : vendor(req, res, url)).catch((err: unknown) => {
      if (err instanceof ResendError) {
        log(`resend stand-in: ${req.method} ${url.pathname} -> ${err.statusCode} ${err.name}`);
        return send(res, err.statusCode, JSON.stringify(err.body()), 'application/json', err.headers);
      }
      const message = err instanceof Error ? err.message : String(err);
      log(`resend stand-in: internal error: ${message}`);
      if (!res.headersSent) send(res, 500, JSON.stringify({ statusCode: 500, name: 'internal_server_error', message }));
    });
  });

  const { port, origin } = await listen(server, 'Resend', opts.port, host);
  log(`resend stand-in: listening on ${origin}`);
  const api: ResendStandin = {
    url: origin,
    port,
    inbox: () => [...mails],
    requestCount: () => requests,
    setFault: (f) => {
      if (f.kind !== 'ok' && (f.kind !== 'fail' || !Number.isInteger(f.status) || f.status < 400 || f.status > 599)) throw new Error(`invalid fault: ${JSON.stringify(f)}`);
      fault = f;
    },
    reset: () => {
      mails = [];
      requests = 0;
      fault = { kind: 'ok' };
      idempotent.clear();
      windows.clear();
    },
    close: async () => {
      const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      server.closeAllConnections();
      await closed;
    },
  };
  return api;
}
