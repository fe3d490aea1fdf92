import { listen } from '../listen';
/**
 * The Neon SQL-over-HTTP stand-in: answers `POST /sql` the way Neon's proxy does, so the unmodified
 * @neondatabase/serverless driver (and kysely-neon on top of it) can run against a local database.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { PG_ERROR_FIELDS, isPostgresError, type NeonBackend, type RawResult } from './backend';
import { RequestError, checkCredentials, flag, parseBody, txOptions } from './request';

export interface NeonStandin {
  /** The value for `neonConfig.fetchEndpoint`: http://HOST:PORT/sql */
  url: string;
  port: number;
  /** POST /sql requests seen since start or the last reset. */
  requestCount(): number;
  resetCount(): void;
  /** Stops the HTTP server; the backend stays open (its owner closes it). */
  close(): Promise<void>;
}

export interface NeonStandinOptions {
  backend: NeonBackend;
  user: string;
  password: string;
  /** 0 or undefined = a free port chosen by the OS. */
  port?: number;
  host?: string;
  log?: (line: string) => void;
}

// Neon's proxy limits: bigger requests are refused, and a bigger response is answered with 507.
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;
const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

function send(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) {
      throw new RequestError(`request is too large (max is ${MAX_REQUEST_BYTES} bytes)`, 413);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON shape of one result; rows become objects keyed by column name unless array mode is on. */
function resultJson(r: RawResult, arrayMode: boolean) {
  const rows = arrayMode ? r.rows : r.rows.map((row) => Object.fromEntries(r.fields.map((f, i) => [f.name, row[i]])));
  return { command: r.command, rowCount: r.rowCount, rowAsArray: arrayMode, fields: r.fields, rows };
}

/** Postgres errors keep every field Neon forwards, so the driver's NeonDbError carries code, constraint, … */
function errorJson(e: Error & Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { message: e.message };
  for (const k of PG_ERROR_FIELDS) if (typeof e[k] === 'string') body[k] = e[k];
  return body;
}

async function handleSql(req: IncomingMessage, opts: NeonStandinOptions): Promise<[number, unknown]> {
  checkCredentials(req.headers, opts.user, opts.password);
  const arrayMode = flag(req.headers, 'Neon-Array-Mode');
  // The driver always asks for raw text output (Neon-Raw-Text-Output: true); values are sent as
  // Postgres text whatever that header says, as the JSON-typed mode has no user in this project.
  const body = parseBody(await readBody(req));
  if (body.kind === 'single') {
    const r = await opts.backend.query(body.query.query, body.query.params);
    return [200, resultJson(r, arrayMode)];
  }
  const results = await opts.backend.transaction(body.queries, txOptions(req.headers));
  return [200, { results: results.map((r) => resultJson(r, arrayMode)) }];
}

/** Starts the stand-in; rejects with a clear message when the port is taken. */
export async function startNeonStandin(opts: NeonStandinOptions): Promise<NeonStandin> {
  const host = opts.host ?? '127.0.0.1';
  let count = 0;

  const server = createServer((req, res) => {
    const started = Date.now();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const reply = (status: number, text: string, extra?: Record<string, string>) => {
      send(res, status, text, extra);
      opts.log?.(`${req.method} ${path} ${status} ${Date.now() - started}ms`);
    };
    const done = (status: number, body: unknown, extra?: Record<string, string>) =>
      reply(status, JSON.stringify(body), extra);

    if (path === '/__standin/stats' || path === '/__standin/stats/reset') {
      const reset = path.endsWith('/reset');
      if (req.method !== (reset ? 'POST' : 'GET')) {
        return done(405, { message: 'method not allowed' }, { allow: reset ? 'POST' : 'GET' });
      }
      if (reset) count = 0;
      return done(200, { requests: count });
    }
    if (path !== '/sql') return done(404, { message: `no route for ${path}` });
    if (req.method !== 'POST') return done(405, { message: 'method not allowed' }, { allow: 'POST' });

    count++;
    handleSql(req, opts).then(
      ([status, body]) => {
        const text = JSON.stringify(body);
        if (Buffer.byteLength(text) > MAX_RESPONSE_BYTES) {
          return done(507, { message: `response is too large (max is ${MAX_RESPONSE_BYTES} bytes)` });
        }
        reply(status, text);
      },
      (e: unknown) => {
        if (e instanceof RequestError) return done(e.status, { message: e.message, ...e.fields });
        if (isPostgresError(e)) return done(400, errorJson(e as Error & Record<string, unknown>));
        const message = e instanceof Error ? e.message : String(e);
        opts.log?.(`internal error: ${e instanceof Error ? (e.stack ?? message) : message}`);
        done(500, { message });
      },
    );
  });

  const { port, origin } = await listen(server, 'Neon', opts.port, host);
  return {
    url: `${origin}/sql`,
    port,
    requestCount: () => count,
    resetCount: () => {
      count = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // keep-alive sockets from fetch would otherwise hold close() open until they time out
        server.closeIdleConnections();
      }),
  };
}
