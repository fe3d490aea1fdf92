import { type Clock, systemClock } from '../lib/clock';
import type { Bindings } from '../lib/types';
import { requestCountry } from '../markets/country';

// The per-colo tier: public catalogue GETs answered from Cloudflare's Cache API (`caches.default`, in the
// Worker's own data centre) before the app runs at all, so a hit costs no network round trip and almost no
// CPU. The isolate keeps the entries it has stored or read in memory too (a small LRU), so a hot page costs
// not even the Cache API's lookup; the same lifetimes apply to both. Its entries cannot be purged from one place, so they live briefly: fresh for EDGE_FRESH_MS, then
// served stale for up to EDGE_STALE_MS while one refresh per colo and key goes through the app (the Redis
// tier) in waitUntil. A shopper sees prices, content and stock at most EDGE_FRESH_MS + EDGE_STALE_MS older
// than the Redis tier; `in_stock` lists never enter (they must follow stock at once), nor do a collection's
// products (its rules may filter on stock), nor anything sent with Authorization, nor any answer that is not
// `200` with `Cache-Control: public`.

export const EDGE_FRESH_MS = 2_000;
export const EDGE_STALE_MS = 8_000;
const STORED_AT = 'X-Edge-Stored-At';
const KEY_ORIGIN = 'https://edge-cache.internal/';
// The shell sets these on every answer; clients rely on db and cache being present.
const SERVER_TIMING = 'db;dur=0, cache;dur=0, edge;desc="hit", total;dur=0';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

type Fetch = (request: Request, env: Bindings, ctx: ExecutionContext) => Response | Promise<Response>;

/** Whether the tier is on: `EDGE_CACHE=on|off`, on by default in production only. */
export function edgeEnabled(env: Bindings): boolean {
  const flag = env.EDGE_CACHE;
  return flag === 'on' || (flag !== 'off' && (env.ENVIRONMENT ?? 'production') === 'production');
}

/** Public catalogue GETs the tier holds whole, and those it holds with one path segment after them. */
const HELD = new Set(['/api/products', '/api/search/products', '/api/search/suggest', '/api/categories', '/api/collections']);
const HELD_ONE = ['/api/products/', '/api/categories/', '/api/collections/'];

/**
 * The public catalogue GETs the tier holds: lists, product pages, search and suggestions, the category tree
 * and its categories, collections; never `in_stock` lists or a collection's products.
 */
function cacheablePath(url: string): boolean {
  const start = url.indexOf('/api/', 8);
  if (start < 0) return false;
  const q = url.indexOf('?', start);
  const path = q < 0 ? url.slice(start) : url.slice(start, q);
  if (q >= 0 && (url.includes('in_stock', q) || url.includes('include_inactive', q))) return false;
  if (HELD.has(path)) return true;
  for (const prefix of HELD_ONE) {
    if (path.length > prefix.length && path.startsWith(prefix)) return path.indexOf('/', prefix.length) < 0;
  }
  return false;
}

/**
 * The key: the URL and every header the market choice and CORS answer depend on (the market middleware's
 * inputs rather than its result, which needs the market list).
 */
function keyOf(request: Request): string {
  const h = request.headers;
  const market = h.get('X-Market');
  // A requested market decides alone (src/middleware/market), so the country is no part of its key.
  const country = market ? '' : (requestCountry(request) ?? '');
  return `${KEY_ORIGIN}?u=${encodeURIComponent(request.url)}&m=${encodeURIComponent(market ?? '')}&c=${encodeURIComponent(country)}&o=${encodeURIComponent(h.get('Origin') ?? '')}`;
}

// One refresh per key at a time in this isolate.
const refreshing = new Map<string, Promise<void>>();

/**
 * An entry as the isolate holds it: the answer's bytes (a Response copies them; a string would be encoded
 * again for every answer) and headers, and when it was stored.
 */
interface Held {
  body: Uint8Array;
  headers: Record<string, string>;
  etag: string | null;
  storedAt: number;
}
const MEMORY_ENTRIES = 256;
const MEMORY_BYTES = 8 * 1024 * 1024;
const memory = new Map<string, Held>();
let memoryBytes = 0;

function remember(key: string, held: Held): void {
  const old = memory.get(key);
  if (old) {
    memory.delete(key);
    memoryBytes -= old.body.byteLength;
  }
  memory.set(key, held);
  memoryBytes += held.body.byteLength;
  // Map order is insertion order: the first entries are the least recently stored or used.
  for (const [k, v] of memory) {
    if (memory.size <= MEMORY_ENTRIES && memoryBytes <= MEMORY_BYTES) break;
    memory.delete(k);
    memoryBytes -= v.body.byteLength;
  }
}

/** Empties this isolate's copy of the tier (tests, to reach the Cache API). */
export function forgetEdgeMemory(): void {
  memory.clear();
  memoryBytes = 0;
}

const headersOf = (res: Response) => {
  const out: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    out[k] = v;
  });
  return out;
};

/** Wraps the app's fetch with the edge tier (`EDGE_CACHE`); `clock` judges an entry's age. */
export function edgeTier(app: Fetch, clock: Clock = systemClock): Fetch {
  return async (request, env, ctx) => {
    if (request.method !== 'GET' || !edgeEnabled(env) || request.headers.has('Authorization') || !cacheablePath(request.url)) return app(request, env, ctx);
    const key = keyOf(request);
    const now = clock();
    let held = memory.get(key);
    if (!held) {
      const hit = await caches.default.match(key);
      if (hit) {
        const headers = headersOf(hit);
        delete headers[STORED_AT.toLowerCase()];
        held = { body: new Uint8Array(await hit.arrayBuffer()), headers, etag: hit.headers.get('ETag'), storedAt: Number(hit.headers.get(STORED_AT)) };
        remember(key, held);
      }
    } else if (now - held.storedAt < EDGE_FRESH_MS) {
      // Recently used goes last, out of the eviction's way (cheap enough only while fresh).
      memory.delete(key);
      memory.set(key, held);
    }
    if (held) {
      const age = now - held.storedAt;
      if (age >= 0 && age < EDGE_FRESH_MS + EDGE_STALE_MS) {
        if (age >= EDGE_FRESH_MS && !refreshing.has(key)) {
          const refresh = revalidate(app, request, env, ctx, key, clock).finally(() => refreshing.delete(key));
          refreshing.set(key, refresh);
          ctx.waitUntil(refresh);
        }
        return serve(held, request);
      }
    }
    const res = await app(request, env, ctx);
    if (storable(res)) ctx.waitUntil(store(key, res.clone(), clock).catch(() => undefined));
    return res;
  };
}

function storable(res: Response): boolean {
  return res.status === 200 && (res.headers.get('Cache-Control') ?? '').startsWith('public') && !res.headers.has('Set-Cookie');
}

async function store(key: string, res: Response, clock: Clock): Promise<void> {
  const headers = headersOf(res);
  delete headers['x-request-id'];
  delete headers['server-timing'];
  const storedAt = clock();
  // The Cache API's own lifetime: the whole window an entry may be served in.
  headers['cache-control'] = `${headers['cache-control']}, s-maxage=${Math.ceil((EDGE_FRESH_MS + EDGE_STALE_MS) / 1000)}`;
  const body = new Uint8Array(await res.arrayBuffer());
  remember(key, { body, headers, etag: headers.etag ?? null, storedAt });
  await caches.default.put(key, new Response(body, { status: 200, headers: { ...headers, [STORED_AT]: String(storedAt) } }));
}

/** The request again through the app, without its conditions, to replace a stale entry. */
async function revalidate(app: Fetch, request: Request, env: Bindings, ctx: ExecutionContext, key: string, clock: Clock): Promise<void> {
  const fresh = new Request(request);
  fresh.headers.delete('If-None-Match');
  fresh.headers.delete('If-Modified-Since');
  const res = await app(fresh, env, ctx);
  if (storable(res)) await store(key, res, clock);
  else await res.body?.cancel();
}

function serve(held: Held, request: Request): Response {
  const incoming = request.headers.get('X-Request-Id');
  const headers: Record<string, string> = { ...held.headers, 'x-request-id': incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID(), 'server-timing': SERVER_TIMING };
  const inm = request.headers.get('If-None-Match');
  const etag = held.etag;
  if (inm && etag && inm.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) {
    delete headers['content-type'];
    delete headers['content-length'];
    return new Response(null, { status: 304, headers });
  }
  return new Response(held.body, { status: 200, headers });
}
