import type { Cache } from '../clients/redis';

// Catalog responses cached in Redis under one catalog version. A write bumps the version (INCR),
// which makes every older entry stale at once: no key scans. Each entry records the version it was
// built for, and the version and the entry are read together (one MGET), so a lookup is one Redis
// round trip.

const VERSION_KEY = 'catalog:version';
export const CATALOG_TTL_SECONDS = 300;

interface Entry<T> {
  v: number;
  d: T;
}

export interface Lookup<T> {
  /** The cached value when it was built for the current version. */
  hit: T | null;
  /** The current version; a fill must be stored under it. */
  version: number;
}

export class CatalogCache {
  constructor(private readonly cache: Cache) {}

  async get<T>(key: string): Promise<Lookup<T>> {
    const [version, entry] = await this.cache.mget<number, Entry<T>>(VERSION_KEY, key);
    const v = Number(version ?? 0);
    return { hit: entry && entry.v === v ? entry.d : null, version: v };
  }

  /** Stores a value built while the catalog was at `version`. */
  set<T>(key: string, version: number, value: T, ttlSeconds = CATALOG_TTL_SECONDS): Promise<void> {
    return this.cache.set(key, { v: version, d: value } satisfies Entry<T>, ttlSeconds);
  }

  /** Invalidates every cached catalog response. */
  async bump(): Promise<void> {
    await this.cache.incr(VERSION_KEY);
  }
}
