import { listen } from '../listen';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type Backend, createBackend } from './backend';
import { type Command, type Outcome, parseCommand } from './commands';
import { encodeOutcome, wantsBase64 } from './encoding';

/** A running Upstash Redis REST stand-in, plus the knobs tests use to observe and break it. */
export interface UpstashStandin {
  /** Base URL for `new Redis({ url, token })`, e.g. http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** HTTP requests to the vendor paths (`/`, `/pipeline`, `/multi-exec`, `/cmd/arg…`), down or not. */
  requestCount(): number;
  /** Commands in authorized, well-formed requests (a pipeline of 3 counts 3). */
  commandCount(): number;
  resetCount(): void;
  /** While down, every vendor request has its socket destroyed, so the client's fetch rejects. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

export interface UpstashStandinOptions {
  /** The bearer token callers must present. */
  token: string;
  /** A real Redis (redis://127.0.0.1:6379/5 selects db 5); without it, an embedded ioredis-mock. */
  redisUrl?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  log?: (line: string) => void;
}

// Upstash caps request bodies too; this only guards the stand-in against runaway tests.
const MAX_BODY_BYTES = 16 * 1024 * 1024;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new HttpError(413, 'ERR max request size exceeded'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'ERR failed to parse request body as JSON');
  }
}

function toCommand(raw: unknown): Command {
  const cmd = parseCommand(raw);
  if (typeof cmd === 'string') throw new HttpError(400, cmd);
  return cmd;
}

function toCommands(raw: unknown): Command[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new HttpError(400, 'ERR expected a non-empty JSON array of commands');
  }
  return raw.map(toCommand);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function isAuthorized(req: IncomingMessage, url: URL, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  // Upstash also accepts the token as a `_token` query parameter (handy with curl).
  return (match?.[1] ?? url.searchParams.get('_token')) === token;
}

/** Starts the stand-in; rejects if the port is taken or a given Redis does not answer. */
export async function startUpstashStandin(opts: UpstashStandinOptions): Promise<UpstashStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => undefined);
  const backend: Backend = await createBackend(opts.redisUrl);
  let requests = 0;
  let commands = 0;
  let down = false;
  let syncSeq = 0;

  /** The `/__standin/*` endpoints: local-only controls, answered even while "down". */
  async function admin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const stats = () => ({ requests, commands });
    if (req.method === 'GET' && path === '/__standin/stats') return send(res, 200, stats());
    if (req.method === 'POST' && path === '/__standin/stats/reset') {
      requests = 0;
      commands = 0;
      return send(res, 200, stats());
    }
    if (req.method === 'POST' && path === '/__standin/down') {
      const body = parseJson(await readBody(req)) as { down?: unknown } | null;
      if (typeof body?.down !== 'boolean') throw new HttpError(400, 'expected {"down": true|false}');
      down = body.down;
      log(`upstash stand-in: ${down ? 'DOWN (destroying vendor sockets)' : 'up'}`);
      return send(res, 200, { down });
    }
    throw new HttpError(404, 'Not Found');
  }

  /** Routes one vendor request to the backend; returns the HTTP status and JSON body. */
  async function vendor(req: IncomingMessage, url: URL): Promise<[number, unknown, number]> {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const base64 = wantsBase64(req);
    const single = (o: Outcome): [number, unknown, number] =>
      'error' in o ? [400, o, 1] : [200, encodeOutcome(o, base64), 1];

    if (req.method === 'POST' && path === '/') {
      return single(await backend.exec(toCommand(parseJson(await readBody(req)))));
    }
    if (req.method === 'POST' && (path === '/pipeline' || path === '/multi-exec')) {
      const cmds = toCommands(parseJson(await readBody(req)));
      if (path === '/pipeline') {
        const outcomes = await backend.pipeline(cmds);
        return [200, outcomes.map((o) => encodeOutcome(o, base64)), cmds.length];
      }
      const outcomes = await backend.multiExec(cmds);
      // A discarded transaction is one error with a non-2xx status, so the client throws it.
      if (!Array.isArray(outcomes)) return [400, outcomes, cmds.length];
      return [200, outcomes.map((o) => encodeOutcome(o, base64)), cmds.length];
    }
    if ((req.method === 'GET' || req.method === 'POST') && path !== '/') {
      // Upstash's path form: /set/key/value; a POST body becomes the last argument.
      const parts = path.slice(1).split('/').map((part) => {
        try {
          return decodeURIComponent(part);
        } catch {
          throw new HttpError(400, 'ERR malformed percent-encoding in the path');
        }
      });
      const body = req.method === 'POST' ? await readBody(req) : '';
      return single(await backend.exec(toCommand(body ? [...parts, body] : parts)));
    }
    if (req.method === 'GET' || req.method === 'POST') throw new HttpError(400, 'ERR empty command');
    throw new HttpError(405, 'Method Not Allowed');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://standin.local');
    if (url.pathname.startsWith('/__standin/')) return admin(req, res, url.pathname);
    requests++;
    if (down) {
      // What an unreachable Upstash looks like to fetch: the connection dies with no response.
      log(`upstash stand-in: ${req.method} ${url.pathname} -> socket destroyed (down)`);
      req.socket.destroy();
      return;
    }
    if (!isAuthorized(req, url, opts.token)) {
      log(`upstash stand-in: ${req.method} ${url.pathname} -> 401`);
      return send(res, 401, { error: 'Unauthorized' });
    }
    const [status, body, count] = await vendor(req, url);
    commands += count;
    // The client echoes this back for read-your-writes; one stand-in is one node, so any
    // increasing value is honest.
    send(res, status, body, { 'upstash-sync-token': String(++syncSeq) });
    log(`upstash stand-in: ${req.method} ${url.pathname} -> ${status} (${count} cmd, ${Date.now() - started} ms)`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return;
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof Error ? err.message : String(err);
      if (status === 500) log(`upstash stand-in: internal error: ${message}`);
      send(res, status, { error: status === 500 ? `ERR stand-in failure: ${message}` : message });
    });
  });

  let bound: { port: number; origin: string };
  try {
    bound = await listen(server, 'Upstash', opts.port, host);
  } catch (err) {
    await backend.close();
    throw err;
  }
  const { port, origin } = bound;
  log(`upstash stand-in: listening on ${origin} (${opts.redisUrl ?? 'embedded ioredis-mock'})`);
  return {
    url: origin,
    port,
    requestCount: () => requests,
    commandCount: () => commands,
    resetCount: () => {
      requests = 0;
      commands = 0;
    },
    setDown: (value) => {
      down = value;
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // The client keeps connections alive; without this, close() would wait for them to idle out.
      server.closeAllConnections();
      await closed;
      await backend.close();
    },
  };
}
