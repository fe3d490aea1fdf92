import { listen } from '../listen';
/**
 * The Supabase stand-in: one loopback port answering like a Supabase project URL — the gateway's
 * API-key check, a PostgREST subset under /rest/v1 and Realtime broadcast under /realtime/v1 —
 * so the unmodified @supabase/supabase-js client works against a local Postgres with pgvector.
 * There is no RLS: every accepted key acts as service_role.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { NeonBackend } from '../neon/backend';
import { gatewayUnauthorized } from './errors';
import { createPostgrest } from './postgrest';
import { createRealtime } from './realtime';

export interface SupabaseStandin {
  /** What SUPABASE_URL is set to: http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** REST and broadcast HTTP requests (refused and "down" ones included; not websocket frames). */
  requestCount(): number;
  resetCount(): void;
  /** While down, vendor requests and websockets have their sockets destroyed, like an outage. */
  setDown(down: boolean): void;
  /** Stops the server and drops every socket; the backend stays open (its owner closes it). */
  close(): Promise<void>;
}

export interface SupabaseStandinOptions {
  /** The project's Postgres (PGlite with pgvector, or a real server). */
  backend: NeonBackend;
  /** Keys accepted in `apikey` and `Authorization: Bearer`; all act as service_role. */
  apiKeys: string[];
  /** 0 or undefined = a free port chosen by the OS. */
  port?: number;
  host?: string;
  log?: (line: string) => void;
}

// Supabase's gateway refuses bigger bodies too; this only guards the stand-in against runaway tests.
const MAX_BODY_BYTES = 16 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  const typed = body ? { 'content-type': 'application/json; charset=utf-8', ...headers } : headers;
  res.writeHead(status, { ...typed, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

/** Starts the stand-in; rejects with a message naming the port when it is taken. */
export async function startSupabaseStandin(opts: SupabaseStandinOptions): Promise<SupabaseStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => undefined);
  const keys = new Set(opts.apiKeys);
  if (keys.size === 0) throw new Error('Supabase stand-in: apiKeys must name at least one key');
  let requests = 0;
  let broadcasts = 0;
  let down = false;

  const isKey = (k: string | null | undefined): boolean => typeof k === 'string' && keys.has(k);
  const postgrest = createPostgrest(opts.backend);
  const realtime = createRealtime({ isKey, log, onBroadcast: () => void broadcasts++ });

  /** The gateway's check: a known `apikey`, and a Bearer token (when sent) that is a known key too. */
  function authorized(req: IncomingMessage, url: URL): { ok: true } | { ok: false; missing: boolean } {
    const apikey = req.headers.apikey?.toString() ?? url.searchParams.get('apikey');
    if (!apikey) return { ok: false, missing: true };
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    return isKey(apikey) && (!bearer || isKey(bearer[1])) ? { ok: true } : { ok: false, missing: false };
  }

  /** The `/__standin/*` endpoints: local-only controls, answered even while "down". */
  async function admin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const stats = () => JSON.stringify({ requests, broadcasts, sockets: realtime.sockets() });
    if (req.method === 'GET' && path === '/__standin/stats') return send(res, 200, stats());
    if (req.method === 'POST' && path === '/__standin/stats/reset') {
      requests = 0;
      broadcasts = 0;
      return send(res, 200, stats());
    }
    if (req.method === 'POST' && path === '/__standin/down') {
      let body: { down?: unknown } | null = null;
      try {
        body = JSON.parse((await readBody(req))?.toString('utf8') ?? '') as { down?: unknown } | null;
      } catch {
        // answered below
      }
      if (typeof body?.down !== 'boolean') return send(res, 400, JSON.stringify({ message: 'expected {"down": true|false}' }));
      setDown(body.down);
      return send(res, 200, JSON.stringify({ down }));
    }
    send(res, 404, JSON.stringify({ message: `no stand-in route for ${req.method} ${path}` }));
  }

  function setDown(value: boolean): void {
    down = value;
    if (down) realtime.dropAll();
    log(`supabase stand-in: ${down ? 'DOWN (destroying vendor sockets)' : 'up'}`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://standin.local');
    const path = url.pathname;
    if (path.startsWith('/__standin/')) return admin(req, res, path);
    requests++;
    const done = (status: number, body: string, headers?: Record<string, string>) => {
      send(res, status, body, headers);
      log(`supabase stand-in: ${req.method} ${path} -> ${status} (${Date.now() - started} ms)`);
    };
    if (down) {
      // What an unreachable project looks like to fetch: the connection dies with no response.
      log(`supabase stand-in: ${req.method} ${path} -> socket destroyed (down)`);
      req.socket.destroy();
      return;
    }
    const auth = authorized(req, url);
    if (!auth.ok) return done(401, JSON.stringify(gatewayUnauthorized(auth.missing)));
    const raw = await readBody(req);
    if (raw === undefined) return done(413, JSON.stringify({ message: 'Request Entity Too Large' }));

    if (path === '/rest/v1' || path.startsWith('/rest/v1/')) {
      const r = await postgrest({ method: req.method ?? 'GET', url, headers: req.headers, body: raw.toString('utf8') }, path.slice('/rest/v1'.length));
      return done(r.status, r.body, r.headers);
    }
    if (path.startsWith('/realtime/v1/')) {
      const r = realtime.rest(req.method ?? 'GET', path.slice('/realtime/v1'.length), url, req.headers['content-type'] ?? '', raw);
      if (r) return done(r.status, r.body);
    }
    done(404, JSON.stringify({ message: 'no Route matched with those values' }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      log(`supabase stand-in: internal error: ${e instanceof Error ? (e.stack ?? message) : message}`);
      if (!res.headersSent && !res.destroyed) send(res, 500, JSON.stringify({ message: `stand-in failure: ${message}` }));
    });
  });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://standin.local');
    if (down || url.pathname !== '/realtime/v1/websocket') return void socket.destroy();
    realtime.upgrade(req, socket, head, url);
  });

  const { port, origin } = await listen(server, 'Supabase', opts.port, host);
  log(`supabase stand-in: listening on ${origin}`);
  return {
    url: origin,
    port,
    requestCount: () => requests,
    resetCount: () => {
      requests = 0;
      broadcasts = 0;
    },
    setDown,
    close: async () => {
      await realtime.close();
      const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      // fetch keeps connections alive; without this close() would wait for them to idle out.
      server.closeAllConnections();
      await closed;
    },
  };
}
