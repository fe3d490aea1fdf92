import type { Cloudinary } from '../clients/cloudinary';
import type { SessionGuard } from '../auth/session-guard';
import type { RateLimiter } from '../clients/ratelimit';
import type { Realtime } from '../clients/realtime';
import type { Cache } from '../clients/redis';
import type { Database } from '../db/client';
import type { Market } from '../markets/market';
import type { SearchService } from '../search/service';
import type { CatalogCache } from '../catalog/cache';
import type { Clock } from './clock';
import type { AccessClaims } from '../auth/tokens';
import type { Env } from './env';
import type { Logger } from './logger';
import type { Timing } from './timing';

/** Raw Worker bindings: strings from wrangler.toml vars and secrets, validated into `Env`. */
export type Bindings = Record<string, unknown>;

/** Request-scoped services, built once per request by the services middleware. */
export interface Services {
  env: Env;
  db: Database;
  cache: Cache;
  /** Tagged cache of catalogue pages (src/catalog/cache.ts). */
  catalog: CatalogCache;
  rateLimit: RateLimiter;
  /** Cloudinary; null when not configured. */
  media: Cloudinary | null;
  /** Supabase Realtime broadcasts; null when Supabase is not configured. */
  realtime: Realtime | null;
  /** Search's embeddings, vector store and queue; each part null when not configured. */
  search: SearchService;
  log: Logger;
  timing: Timing;
  /** The request's time source (tests inject their own). */
  clock: Clock;
  /** Whether the request's access token still holds (session, account, role). */
  session: SessionGuard;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: {
    requestId: string;
    timing: Timing;
    log: Logger;
    services: Services;
    auth: AccessClaims;
    /** The market the request is answered in (set by the market middleware). */
    market: Market;
  };
}
