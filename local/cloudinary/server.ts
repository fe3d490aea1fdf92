import { listen } from '../listen';
/**
 * The Cloudinary stand-in: the Upload API (`/v1_1/<cloud>/image/upload|destroy`), a slice of the
 * Admin API (`ping`, one resource) and image delivery (`/<cloud>/image/upload/…`) on one loopback
 * port, so the unmodified `cloudinary` SDK, a browser form and `<img>` tags all work offline.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type Credentials, type SignatureAlgorithm, notificationSignature, verifyBasicAuth, verifySignedParams } from './auth';
import { CORS_HEADERS, CloudinaryError, readApiRequest, sendJson } from './http';
import { AssetStore, type AssetRecord } from './store';
import { CONTENT_TYPES, outputFormat, parseDeliveryPath, render } from './transform';
import { type UploadContext, destroy, resourceJson, tooLarge, upload } from './upload';

export interface CloudinaryStandin {
  /** http://127.0.0.1:PORT — API base `${url}/v1_1/<cloud>/…`, delivery base `${url}/<cloud>/image/upload/…`. */
  url: string;
  port: number;
  /** Requests to vendor paths (API and delivery), refused ones included. */
  requestCount(): number;
  resetCount(): void;
  close(): Promise<void>;
}

export interface CloudinaryStandinOptions {
  cloudName: string;
  apiKey: string;
  apiSecret: string;
  /** Where originals and their records live; they survive a restart. */
  storageDir: string;
  /** The account's signature algorithm (Cloudinary's default is SHA-1). */
  signatureAlgorithm?: SignatureAlgorithm;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  log?: (line: string) => void;
}

interface Failure {
  status: number;
  message: string;
  count: number;
}

// Derived images are immutable per version, as on Cloudinary's CDN (30 days).
const DELIVERY_CACHE_CONTROL = 'public, max-age=2592000, immutable';
const NOTIFICATION_TIMEOUT_MS = 5_000;

/** Header values must be Latin-1 without line breaks; public_ids may be neither. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}

/** Starts the stand-in; rejects with a message naming the port when it is taken. */
export async function startCloudinaryStandin(opts: CloudinaryStandinOptions): Promise<CloudinaryStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => undefined);
  const creds: Credentials = { apiKey: opts.apiKey, apiSecret: opts.apiSecret, algorithm: opts.signatureAlgorithm ?? 'sha1' };
  const store = new AssetStore(opts.storageDir);
  await store.init();
  const stats = { requests: 0, uploads: 0, destroys: 0, deliveries: 0, notifications: 0 };
  /** Injected failures (`POST /__standin/fail`): the next `count` vendor requests get this answer. */
  let failure: Failure | undefined;
  const pending = new Set<Promise<void>>();
  let ctx: UploadContext;

  /** POSTs Cloudinary's upload notification, signed as Cloudinary signs it; failures are only logged. */
  function notify(target: string, record: AssetRecord): void {
    const timestamp = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({
      notification_type: 'upload',
      timestamp: new Date().toISOString(),
      request_id: randomBytes(16).toString('hex'),
      ...resourceJson(ctx, record),
    });
    const task = fetch(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-cld-timestamp': String(timestamp),
        'x-cld-signature': notificationSignature(body, timestamp, creds),
      },
      body,
      signal: AbortSignal.timeout(NOTIFICATION_TIMEOUT_MS),
    }).then(
      async (res) => {
        stats.notifications++;
        await res.arrayBuffer();
        log(`cloudinary stand-in: notification to ${target} -> ${res.status}`);
      },
      (err: unknown) => log(`cloudinary stand-in: notification to ${target} failed: ${String(err)}`),
    );
    pending.add(task);
    void task.finally(() => pending.delete(task));
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL, cloud: string, rest: string[]): Promise<number> {
    if (cloud !== opts.cloudName) throw new CloudinaryError(401, `Invalid cloud_name ${cloud}`);
    // `auto/upload` is what upload widgets use; the stand-in takes only images, so it is image/upload.
    const route = rest.join('/').replace(/^auto\/upload$/, 'image/upload');
    if (req.method === 'POST' && (route === 'image/upload' || route === 'image/destroy')) {
      const call = await readApiRequest(req, url);
      if (call.truncated) throw new CloudinaryError(400, tooLarge(call.received));
      verifySignedParams(call.params, creds);
      if (route === 'image/destroy') {
        const body = await destroy(ctx, call.params);
        stats.destroys++;
        sendJson(res, 200, body);
        return 200;
      }
      const { body, record } = await upload(ctx, call.params, call.file);
      stats.uploads++;
      sendJson(res, 200, body);
      if (call.params.notification_url) notify(call.params.notification_url, record);
      return 200;
    }
    // The Admin API: HTTP Basic with api_key:api_secret, as the SDK's call_api sends it.
    if (req.method === 'GET' && (route === 'ping' || rest[0] === 'resources')) {
      verifyBasicAuth(req.headers.authorization, creds);
      if (route === 'ping') {
        sendJson(res, 200, { status: 'ok' });
        return 200;
      }
      // GET resources/image/upload/<public_id> (the SDK encodes the id's slashes as %2F).
      if (rest[1] === 'image' && rest[2] === 'upload' && rest.length > 3) {
        const publicId = rest.slice(3).join('/');
        const record = await store.get(publicId);
        if (!record) throw new CloudinaryError(404, `Resource not found - ${publicId}`);
        sendJson(res, 200, resourceJson(ctx, record));
        return 200;
      }
    }
    throw new CloudinaryError(404, `No route matches ${req.method} /v1_1/${cloud}/${route}`);
  }

  async function deliver(req: IncomingMessage, res: ServerResponse, rest: string): Promise<number> {
    const parsed = parseDeliveryPath(rest);
    const record = parsed && (await store.get(parsed.publicId));
    const original = record && (await store.readOriginal(record.public_id));
    if (!parsed || !record || !original) {
      // Cloudinary's CDN answers a missing asset with an empty 404 and the reason in X-Cld-Error.
      throw new CloudinaryError(404, 'Resource not found', { 'x-cld-error': headerSafe(`Resource not found - ${parsed?.publicId ?? rest}`) });
    }
    const accept = String(req.headers.accept ?? '');
    const { format, negotiated } = outputFormat(parsed, record.format, accept);
    const body = await render(original, record.format, parsed, format);
    stats.deliveries++;
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[format] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': DELIVERY_CACHE_CONTROL,
      'access-control-allow-origin': '*',
      'last-modified': new Date(record.version * 1000).toUTCString(),
      ...(negotiated ? { vary: 'Accept' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return 200;
  }

  /** The `/__standin/*` controls: local-only, never counted. */
  async function admin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method === 'GET' && path === '/__standin/stats') return sendJson(res, 200, stats);
    if (req.method === 'POST' && path === '/__standin/stats/reset') {
      for (const k of Object.keys(stats) as (keyof typeof stats)[]) stats[k] = 0;
      return sendJson(res, 200, stats);
    }
    if (req.method === 'POST' && path === '/__standin/fail') {
      // e.g. {"status":420,"message":"Rate Limit Exceeded"}: to test how callers map vendor errors.
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      let body: Partial<Failure> | null = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Failure> | null;
      } catch {
        // answered below, like any other malformed control request
      }
      if (typeof body?.status !== 'number' || body.status < 400 || body.status > 599) {
        return sendJson(res, 400, { error: { message: 'expected {"status": 4xx|5xx, "message"?, "count"?}' } });
      }
      failure = { status: body.status, message: body.message ?? 'Injected failure', count: body.count ?? 1 };
      return sendJson(res, 200, failure);
    }
    sendJson(res, 404, { error: { message: `No stand-in control at ${path}` } });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<number> {
    const url = new URL(req.url ?? '/', 'http://standin.local');
    if (url.pathname.startsWith('/__standin/')) {
      await admin(req, res, url.pathname);
      return res.statusCode;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS_HEADERS, 'access-control-max-age': '86400' });
      res.end();
      return 204;
    }
    stats.requests++;
    if (failure && failure.count > 0) {
      failure.count--;
      throw new CloudinaryError(failure.status, failure.message);
    }
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] === 'v1_1' && parts[1]) {
      // The SDK percent-encodes each path element (a public_id's slashes become %2F).
      const decoded = parts.map((p) => {
        try {
          return decodeURIComponent(p);
        } catch {
          throw new CloudinaryError(400, `Malformed path ${url.pathname}`);
        }
      });
      return api(req, res, url, decoded[1] ?? '', decoded.slice(2));
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && parts[0] === opts.cloudName && parts[1] === 'image' && parts[2] === 'upload') {
      return deliver(req, res, parts.slice(3).join('/'));
    }
    throw new CloudinaryError(404, `No route matches ${req.method} ${url.pathname}`);
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    const done = (status: number) => log(`cloudinary stand-in: ${req.method} ${req.url} -> ${status} (${Date.now() - started} ms)`);
    handle(req, res).then(done, (err: unknown) => {
      if (res.headersSent || res.destroyed) return;
      const known = err instanceof CloudinaryError;
      const status = known ? err.status : 500;
      const message = err instanceof Error ? err.message : String(err);
      if (!known) log(`cloudinary stand-in: internal error: ${err instanceof Error ? (err.stack ?? message) : message}`);
      const isDelivery = !(req.url ?? '').startsWith('/v1_1/');
      if (isDelivery && known && err.headers['x-cld-error']) {
        res.writeHead(status, { ...err.headers, 'content-length': 0, 'access-control-allow-origin': '*' });
        res.end();
      } else {
        sendJson(res, status, { error: { message } }, { 'x-cld-error': headerSafe(message) });
      }
      done(status);
    });
  });

  const { port, origin } = await listen(server, 'Cloudinary', opts.port, host);
  ctx = { store, creds, cloudName: opts.cloudName, baseUrl: origin };
  log(`cloudinary stand-in: listening on ${origin} (cloud ${opts.cloudName}, storage ${opts.storageDir})`);
  return {
    url: origin,
    port,
    requestCount: () => stats.requests,
    resetCount: () => {
      stats.requests = 0;
    },
    close: async () => {
      const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      // keep-alive sockets (the SDK's agent, fetch) would otherwise hold close() open
      server.closeAllConnections();
      await closed;
      await Promise.allSettled([...pending]);
    },
  };
}
