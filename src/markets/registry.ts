import type { Market } from './market';

/** The market list is read at most once per isolate per this many milliseconds. */
export const MARKETS_TTL_MS = 60_000;

interface Entry {
  at: number;
  markets: Promise<Market[]>;
}

/**
 * Per-isolate cache of the market list, per database, so choosing a market costs no round trip on
 * the request path. Markets change rarely; an admin write in this isolate clears it at once, other
 * isolates see the change within a minute.
 */
export class MarketRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The markets of the database `key`, loading them with `load` when missing or older than a minute. */
  get(key: string, load: () => Promise<Market[]>): Promise<Market[]> {
    const hit = this.entries.get(key);
    const t = this.now();
    if (hit && t - hit.at < MARKETS_TTL_MS) return hit.markets;
    const markets = load();
    this.entries.set(key, { at: t, markets });
    // A failed load is not kept: the next request tries again.
    markets.catch(() => {
      if (this.entries.get(key)?.markets === markets) this.entries.delete(key);
    });
    return markets;
  }

  /** Forgets the cached list (after a market write). */
  clear(): void {
    this.entries.clear();
  }
}

/** The isolate's registry. */
export const marketRegistry = new MarketRegistry();
