import createClient, { type Client } from 'openapi-fetch';
import { ApiError, unwrap } from './errors.js';
import type { components, paths } from './openapi.js';
import { type RawFetch, type Session, Sessions } from './session.js';
import { memoryStorage, type TokenStorage } from './storage.js';
import { CART_TOKEN_KEY, createTransport, MARKET_KEY } from './transport.js';

type Schemas = components['schemas'];

export interface ShopClientOptions {
  /** The API's origin (and path prefix, if any), e.g. `https://api.example.com`. */
  baseUrl: string;
  /** Where the guest cart token and the session are kept; in memory by default. */
  storage?: TokenStorage;
  /** The fetch to use (the global one by default); handy for tests, proxies and instrumentation. */
  fetch?: (request: Request) => Promise<Response>;
  /** Called when the session starts, is refreshed, or ends (signed out, or its refresh token refused). */
  onSessionChange?: (session: Session | null) => void;
  /** How long to wait before checkout attempt `attempt` (2, 3, ...); by default `Retry-After`, else 0.5 s, 1 s, ... */
  retryDelay?: (attempt: number, retryAfterSeconds: number | null) => number;
}

export interface CheckoutOptions {
  /** Reuse a key to resume an earlier checkout (e.g. after a reload); a new UUID by default. */
  idempotencyKey?: string;
  /** Attempts in all, the first included (3 by default). */
  attempts?: number;
}

export interface CheckoutResult {
  order: Schemas['Order'];
  /** True when the API answered with the order an earlier attempt with this key had placed. */
  replayed: boolean;
  idempotencyKey: string;
}

export interface ShopClient {
  /**
   * Every operation of the API, typed from its OpenAPI document (openapi-fetch): paths, parameters, bodies
   * and answers. Calls resolve to `{ data, error, response }`; pass them to `unwrap()` to get the data or
   * an `ApiError`.
   */
  api: Client<paths>;
  /** Creates an account and signs in (the guest cart joins the user's on the next cart call). */
  signUp(body: Schemas['RegisterBody']): Promise<Schemas['AuthResponse']>;
  /** Signs in; a guest cart kept by this client joins the user's cart. */
  signIn(body: Schemas['LoginBody']): Promise<Schemas['AuthResponse']>;
  /** Revokes the session at the API and forgets it here. */
  signOut(): Promise<void>;
  session(): Promise<Session | null>;
  /** The guest cart token, once the API has handed one out. */
  cartToken(): Promise<string | null>;
  /** The market chosen with `setMarket`, or null: the API then chooses (preference, country, default). */
  market(): Promise<string | null>;
  /** Prices every later request in this market (`X-Market`); null lets the API choose again. */
  setMarket(handle: string | null): Promise<void>;
  /**
   * Places the order from the cart with an `Idempotency-Key`, retrying with the same key when the answer is
   * lost or the API asks to retry (network failure, 409 `request_in_progress`, 429, 5xx): at most one order.
   */
  checkout(body: Schemas['CheckoutInput'], options?: CheckoutOptions): Promise<CheckoutResult>;
  /** A guest's order by its number and email, with a short-lived token for `viewOrder`. */
  lookupOrder(body: Schemas['OrderLookupInput']): Promise<Schemas['OrderLookupResult']>;
  /** The order a view token was issued for. */
  viewOrder(orderId: number, viewToken: string): Promise<Schemas['Order']>;
}

/** A client of the Edge Commerce API for browsers, Node and Workers. */
export function createShopClient(options: ShopClientOptions): ShopClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const storage = options.storage ?? memoryStorage();
  const rawFetch: RawFetch = options.fetch ?? ((request) => globalThis.fetch(request));
  const sessions = new Sessions(storage, baseUrl, rawFetch, options.onSessionChange ?? (() => {}));
  const transport = createTransport(rawFetch, storage, sessions);
  const api = createClient<paths>({ baseUrl, fetch: transport });
  const retryDelay = options.retryDelay ?? ((attempt: number, retryAfter: number | null) => (retryAfter ?? 0.5 * 2 ** (attempt - 2)) * 1000);

  return {
    api,
    async signUp(body) {
      const auth = await unwrap(api.POST('/api/users/register', { body }));
      await sessions.save(auth);
      return auth;
    },
    async signIn(body) {
      const auth = await unwrap(api.POST('/api/users/login', { body }));
      await sessions.save(auth);
      return auth;
    },
    async signOut() {
      const session = await sessions.current();
      try {
        if (session) await unwrap(api.POST('/api/users/logout', { body: { refresh_token: session.refresh_token } }));
      } finally {
        await sessions.clear();
      }
    },
    session: () => sessions.current(),
    cartToken: async () => (await storage.get(CART_TOKEN_KEY)) ?? null,
    market: async () => (await storage.get(MARKET_KEY)) ?? null,
    setMarket: async (handle) => (handle ? storage.set(MARKET_KEY, handle) : storage.remove(MARKET_KEY)),
    async checkout(body, { idempotencyKey = newKey(), attempts = 3 } = {}) {
      for (let attempt = 1; ; attempt++) {
        let failure: unknown;
        try {
          const { data, error, response } = await api.POST('/api/orders', { params: { header: { 'idempotency-key': idempotencyKey } }, body });
          if (data) return { order: data, replayed: response.headers.get('Idempotent-Replayed') === 'true', idempotencyKey };
          failure = ApiError.from(response, error);
        } catch (err) {
          // The request may have reached the API and placed the order: only a retry with this key can tell.
          failure = err;
        }
        if (attempt >= attempts || !retryable(failure)) throw failure;
        await sleep(retryDelay(attempt + 1, failure instanceof ApiError ? failure.retryAfter : null));
      }
    },
    lookupOrder: (body) => unwrap(api.POST('/api/orders/lookup', { body })),
    viewOrder: (orderId, viewToken) =>
      unwrap(api.GET('/api/orders/{id}/view', { params: { path: { id: orderId }, header: { 'x-order-token': viewToken } } })),
  };
}

/** Worth another attempt with the same key: a lost answer, a checkout still running, a limit, a server fault. */
function retryable(failure: unknown): boolean {
  if (!(failure instanceof ApiError)) return failure instanceof TypeError;
  return failure.code === 'request_in_progress' || failure.status === 429 || failure.status >= 500;
}

function newKey(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  // randomUUID needs a secure context in browsers; random bytes do not.
  return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
