import { listen } from '../listen';
/**
 * The OpenRouter embeddings stand-in: answers `POST /api/v1/embeddings`, `GET /api/v1/key` and
 * `GET /api/v1/embeddings/models` as openrouter.ai does, so the unmodified @openrouter/sdk and openai
 * clients (and the Worker's fetch) run against a deterministic local model, with switchable faults.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { costOf, listingPage } from './catalog';
import { embed } from './embed';
import { type FaultMode, OpenRouterError, faultError, parseFault } from './errors';
import { parseEmbeddingsRequest, readJson, toBase64 } from './request';

export type { FaultMode } from './errors';

export interface OpenRouterStandin {
  /** http://HOST:PORT/api/v1, the base the SDKs (and the Worker) append `/embeddings` to. */
  url: string;
  port: number;
  /** Requests to vendor paths (`/api/v1/...`), whatever their outcome. */
  requestCount(): number;
  /** Texts embedded by successful requests (a batch of 3 counts 3). */
  inputCount(): number;
  resetCount(): void;
  setFault(mode: FaultMode): void;
  close(): Promise<void>;
}

export interface OpenRouterStandinOptions {
  /** The one key accepted as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** 0 or undefined = a free port chosen by the OS. */
  port?: number;
  host?: string;
  /** The fault in force from the start; `{kind: 'ok'}` by default. */
  fault?: FaultMode;
  log?: (line: string) => void;
}

const API_PREFIX = '/api/v1';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function checkFault(raw: unknown): FaultMode {
  const mode = parseFault(raw);
  if (typeof mode === 'string') throw new OpenRouterError(400, `invalid fault: ${mode}`);
  return mode;
}

/** Resolves true after `ms`, or false as soon as the client hangs up (then nothing is sent). */
function stall(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once('close', onClose);
  });
}

/** Starts the stand-in; rejects with a message naming the port if it is taken. */
export async function startOpenRouterStandin(opts: OpenRouterStandinOptions): Promise<OpenRouterStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => undefined);
  let fault = checkFault(opts.fault ?? { kind: 'ok' });
  let requests = 0;
  let inputs = 0;
  // USD spent through this key since start, reported by GET /key as OpenRouter reports credit usage.
  let usage = 0;

  const setFault = (mode: FaultMode) => {
    fault = checkFault(mode);
    log(`openrouter stand-in: fault set to ${JSON.stringify(fault)}`);
  };

  /** The `/__standin/*` endpoints: local-only controls, never faulted and never counted. */
  async function admin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const stats = () => ({ requests, inputs });
    if (req.method === 'GET' && path === '/__standin/stats') return send(res, 200, stats());
    if (req.method === 'POST' && path === '/__standin/stats/reset') {
      requests = 0;
      inputs = 0;
      return send(res, 200, stats());
    }
    if (req.method === 'GET' && path === '/__standin/fault') return send(res, 200, fault);
    if (req.method === 'POST' && path === '/__standin/fault') {
      setFault(checkFault(await readJson(req)));
      return send(res, 200, fault);
    }
    throw new OpenRouterError(404, `No stand-in control at ${req.method} ${path}`);
  }

  /** Applies the fault in force; false means the client left during a stall and gets no answer. */
  async function applyFault(res: ServerResponse): Promise<boolean> {
    if (fault.kind === 'stall') return stall(res, fault.ms);
    if (fault.kind !== 'fail') return true;
    const current = fault;
    if (current.times !== undefined) {
      // Recover by itself after N failures: the shape of a transient outage that retries ride out.
      fault = current.times > 1 ? { ...current, times: current.times - 1 } : { kind: 'ok' };
    }
    throw faultError(current);
  }

  function authorize(req: IncomingMessage): void {
    const header = req.headers.authorization ?? '';
    if (header === '') throw new OpenRouterError(401, 'No auth credentials found');
    const key = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    // OpenRouter's answer for a key it does not know; it never says whether the key was close.
    if (key !== opts.apiKey) throw new OpenRouterError(401, 'User not found.');
  }

  async function embeddings(req: IncomingMessage, res: ServerResponse): Promise<string> {
    const body = parseEmbeddingsRequest(await readJson(req));
    const promptTokens = body.tokens.reduce((a, b) => a + b, 0);
    const cost = costOf(body.model, promptTokens);
    const data = body.inputs.map((text, index) => {
      const vector = embed(text, body.dimensions);
      return { object: 'embedding', index, embedding: body.base64 ? toBase64(vector) : vector };
    });
    inputs += body.inputs.length;
    usage += cost;
    send(res, 200, {
      id: `gen-emb-${Math.floor(Date.now() / 1000)}-${randomBytes(10).toString('hex')}`,
      object: 'list',
      model: body.model.id,
      data,
      usage: { prompt_tokens: promptTokens, total_tokens: promptTokens, cost },
    });
    return `${body.inputs.length} input(s), ${promptTokens} tokens, ${body.dimensions} dims${body.base64 ? ', base64' : ''}`;
  }

  /** GET /key: every field @openrouter/sdk's GetCurrentKeyResponse schema requires. */
  function keyInfo(res: ServerResponse): void {
    const spent = Number(usage.toFixed(12));
    send(res, 200, {
      data: {
        label: 'openrouter-standin',
        limit: null,
        limit_remaining: null,
        limit_reset: null,
        include_byok_in_limit: false,
        usage: spent,
        usage_daily: spent,
        usage_weekly: spent,
        usage_monthly: spent,
        byok_usage: 0,
        byok_usage_daily: 0,
        byok_usage_weekly: 0,
        byok_usage_monthly: 0,
        is_free_tier: false,
        is_management_key: false,
        is_provisioning_key: false,
        free_model_daily_requests: { limit: 1000, remaining: 1000, used: 0 },
        allowed_data_regions: ['global'],
        creator_user_id: null,
        organization_id: null,
        workspace_id: null,
        expires_at: null,
        rate_limit: { requests: -1, interval: '10s', note: 'This field is deprecated and safe to ignore.' },
      },
    });
  }

  /** Routes one `/api/v1/...` request; returns a note for the log line. */
  async function vendor(req: IncomingMessage, res: ServerResponse, url: URL): Promise<string> {
    const path = url.pathname.slice(API_PREFIX.length).replace(/\/+$/, '');
    const route = `${req.method} ${path}`;
    const known = ['POST /embeddings', 'GET /key', 'GET /embeddings/models'];
    if (!known.includes(route)) {
      const allowed = known.filter((r) => r.endsWith(` ${path}`)).map((r) => r.split(' ')[0] ?? '');
      if (allowed.length > 0) throw new OpenRouterError(405, `Method ${req.method} not allowed`, undefined, { allow: allowed.join(', ') });
      throw new OpenRouterError(404, `Not Found: ${url.pathname}`);
    }
    // OpenRouter's model listings are public; everything else needs the key.
    if (route !== 'GET /embeddings/models') authorize(req);
    if (!(await applyFault(res))) return 'client left during stall';
    if (route === 'POST /embeddings') return embeddings(req, res);
    if (route === 'GET /key') {
      keyInfo(res);
      return 'key';
    }
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 500);
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1) {
      throw new OpenRouterError(400, '"offset" must be an integer >= 0 and "limit" an integer >= 1');
    }
    send(res, 200, listingPage(offset, limit));
    return 'models';
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://standin.local');
    if (url.pathname.startsWith('/__standin/')) return admin(req, res, url.pathname);
    if (url.pathname !== API_PREFIX && !url.pathname.startsWith(`${API_PREFIX}/`)) {
      throw new OpenRouterError(404, `Not Found: ${url.pathname} (the API lives under ${API_PREFIX})`);
    }
    requests++;
    const note = await vendor(req, res, url);
    log(`openrouter stand-in: ${req.method} ${url.pathname} -> ${res.statusCode} (${note}, ${Date.now() - started} ms)`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return;
      const error =
        err instanceof OpenRouterError
          ? err
          : new OpenRouterError(500, `stand-in failure: ${err instanceof Error ? err.message : String(err)}`);
      log(`openrouter stand-in: ${req.method} ${req.url} -> ${error.status} ${error.message}`);
      send(res, error.status, error.body(), error.headers);
    });
  });

  const { port, origin } = await listen(server, 'OpenRouter', opts.port, host);
  const url = `${origin}${API_PREFIX}`;
  log(`openrouter stand-in: listening on ${url}`);
  return {
    url,
    port,
    requestCount: () => requests,
    inputCount: () => inputs,
    resetCount: () => {
      requests = 0;
      inputs = 0;
    },
    setFault,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // Keep-alive sockets and stalled requests would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
